using System.Linq.Expressions;
using System.Reflection;
using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Scenarios.Schema;

/// <summary>
/// Schemas of the mechanics records, built from their properties: a <c>double</c> is a number and an <c>int</c> a whole
/// number within the range of its <see cref="ParameterAttribute"/>, a <c>bool</c> a switch, and a record a nested section
/// under its key (<see cref="KeyNameAttribute"/> or the camelCase name).
/// The mechanics have about a hundred and fifty coefficients, so they are read from the records rather than listed by
/// hand; a property without a range attribute is a programming error and fails here, at start-up.
/// </summary>
internal static class ReflectedSchema
{
    private static readonly Dictionary<Type, IRecordSchema> Cache = [];
    private static readonly Lock Gate = new();

    /// <summary>The schema of record <typeparamref name="T"/> (built once).</summary>
    public static RecordSchema<T> For<T>()
        where T : class, new()
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(typeof(T), out var known))
            {
                return (RecordSchema<T>)known;
            }

            var schema = new RecordSchema<T>(typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is not null)
                .Select(FieldFor<T>)
                .ToArray());
            Cache[typeof(T)] = schema;
            return schema;
        }
    }

    private static Field<T> FieldFor<T>(PropertyInfo property)
        where T : class, new()
    {
        var type = property.PropertyType;
        if (type == typeof(bool))
        {
            return new FlagField<T>(Getter<T, bool>(property), With<T, bool>(property));
        }

        if (type.IsClass && type != typeof(string))
        {
            var section = typeof(ReflectedSchema).GetMethod(nameof(Section), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), type);
            return (Field<T>)section.Invoke(null, [property])!;
        }

        if (type == typeof(double))
        {
            return new NumberField<T>(Getter<T, double>(property), With<T, double>(property));
        }

        if (type == typeof(int))
        {
            return new WholeField<T>(Getter<T, int>(property), With<T, int>(property));
        }

        throw new InvalidOperationException($"{typeof(T).Name}.{property.Name}: a mechanics parameter is a double, an int, a bool or a section, not {type.Name}.");
    }

    /// <summary>A nested section; fields the property omits (<see cref="OmitsAttribute"/>) are left out of its schema there.</summary>
    private static SectionField<T, TSection> Section<T, TSection>(PropertyInfo property)
        where T : class, new()
        where TSection : class, new()
    {
        var omitted = property.GetCustomAttributes<OmitsAttribute>().Select(o => o.Field).ToArray();
        var schema = For<TSection>();
        if (omitted.Length > 0)
        {
            schema = new RecordSchema<TSection>(schema.Fields.Cast<Field<TSection>>().Where(f => !omitted.Contains(f.Property)).ToArray());
        }

        return new SectionField<T, TSection>(Getter<T, TSection>(property), schema, With<T, TSection>(property));
    }

    private static Expression<Func<T, TValue>> Getter<T, TValue>(PropertyInfo property)
    {
        var x = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, TValue>>(Expression.Property(x, property), x);
    }

    /// <summary>A copy of the record with one property changed: the compiler's record clone, then the init-only setter.</summary>
    private static Func<T, TValue, T> With<T, TValue>(PropertyInfo property)
    {
        var clone = typeof(T).GetMethod("<Clone>$") ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record.");
        return (record, value) =>
        {
            var copy = (T)clone.Invoke(record, null)!;
            property.SetValue(copy, value);
            return copy;
        };
    }
}
