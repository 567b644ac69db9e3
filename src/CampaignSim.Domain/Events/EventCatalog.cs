using System.Reflection;
using System.Text.Json.Serialization;

namespace CampaignSim.Domain.Events;

/// <summary>Every event type with its stable name, read from the polymorphism attributes on <see cref="CampaignEvent"/>.</summary>
public static class EventCatalog
{
    /// <summary>All event types, in declaration order, with their stable names (used in streams and files).</summary>
    public static IReadOnlyList<(Type Type, string Name)> Types { get; } =
        typeof(CampaignEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()
            .Select(a => (a.DerivedType, (string)a.TypeDiscriminator!))
            .ToArray();

    /// <summary>Stable name of an event type.</summary>
    public static string NameOf(Type type) =>
        Types.First(t => t.Type == type).Name;
}
