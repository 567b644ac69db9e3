using System.Linq.Expressions;

namespace CampaignSim.Scenarios.Schema;

/// <summary>Takes the property name from a getter expression, so a YAML key cannot drift from the record it fills.</summary>
internal static class Member
{
    public static string Name<T, TValue>(Expression<Func<T, TValue>> getter) =>
        getter.Body is MemberExpression { Member.Name: var name }
            ? name
            : throw new ArgumentException("The getter must be a property access, e.g. x => x.Hostility.", nameof(getter));
}
