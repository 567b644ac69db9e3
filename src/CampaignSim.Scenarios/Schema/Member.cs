using System.Linq.Expressions;
using System.Reflection;
using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Scenarios.Schema;

/// <summary>Takes the property from a getter expression, so a YAML key and its range cannot drift from the record they fill.</summary>
internal static class Member
{
    public static string Name<T, TValue>(Expression<Func<T, TValue>> getter) => Property(getter).Name;

    /// <summary>The key the property is written under: its <see cref="KeyNameAttribute"/>, else its camelCase name.</summary>
    public static string Key<T, TValue>(Expression<Func<T, TValue>> getter) => ScenarioParameter.KeyOf(Property(getter));

    /// <summary>The property's declared range, or null when it declares none.</summary>
    public static ParameterAttribute? Range<T, TValue>(Expression<Func<T, TValue>> getter) => Property(getter).GetCustomAttribute<ParameterAttribute>();

    /// <summary>The property's declared range; a property without one is a programming error.</summary>
    public static ParameterAttribute RequiredRange<T, TValue>(Expression<Func<T, TValue>> getter) =>
        Range(getter) ?? throw new InvalidOperationException($"{typeof(T).Name}.{Name(getter)} has no [Parameter] range.");

    private static PropertyInfo Property<T, TValue>(Expression<Func<T, TValue>> getter) =>
        getter.Body is MemberExpression { Member: PropertyInfo property }
            ? property
            : throw new ArgumentException("The getter must be a property access, e.g. x => x.Hostility.", nameof(getter));
}
