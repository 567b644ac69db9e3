using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A seeded Latin hypercube design (McKay, Beckman and Conover 1979): n points in which every parameter's range is cut
/// into n equal strata and each stratum holds exactly one point, so even a few hundred worlds cover every parameter's
/// whole range, which independent draws do not. The draws come from the engine's own PCG32 generator (never
/// <see cref="System.Random"/>), so a seed gives the same design on every machine and runtime.
/// </summary>
/// <remarks>
/// Points are drawn at a uniform position inside their stratum (not at its centre), so no two designs with different seeds
/// share values. The order of the points is random, so the first k points of a design are a random subset of it.
/// </remarks>
public static class LatinHypercube
{
    /// <summary>Stream id of the design generators (independent of the simulation's and the bootstrap's).</summary>
    private const ulong DesignStream = 0x4C48535FUL;

    /// <summary>
    /// n points on the unit cube [0, 1)^dimensions: point i, dimension j is (π_j(i) + U) / n for a random permutation π_j
    /// and a uniform U.
    /// </summary>
    /// <param name="points">Number of points, at least 1.</param>
    /// <param name="dimensions">Number of dimensions, at least 0.</param>
    /// <param name="seed">The design seed.</param>
    public static double[][] Unit(int points, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var design = new double[points][];
        for (var i = 0; i < points; i++)
        {
            design[i] = new double[dimensions];
        }

        var strata = new int[points];
        for (var j = 0; j < dimensions; j++)
        {
            var rng = new Pcg32(RandomSource.Mix(seed ^ RandomSource.Mix(DesignStream + (ulong)j)), DesignStream);
            for (var i = 0; i < points; i++)
            {
                strata[i] = i;
            }

            for (var i = points - 1; i > 0; i--)
            {
                var k = rng.NextInt(i + 1);
                (strata[i], strata[k]) = (strata[k], strata[i]);
            }

            for (var i = 0; i < points; i++)
            {
                design[i][j] = (strata[i] + rng.NextDouble()) / points;
            }
        }

        return design;
    }

    /// <summary>
    /// n points over the parameters' ranges, each row one world's values in the order of <paramref name="parameters"/>
    /// (<see cref="WorldParameter.FromUnit"/>: whole numbers and switches take whole values, each equally often).
    /// </summary>
    public static double[][] Sample(IReadOnlyList<WorldParameter> parameters, int points, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var unit = Unit(points, parameters.Count, seed);
        foreach (var row in unit)
        {
            for (var j = 0; j < parameters.Count; j++)
            {
                row[j] = parameters[j].FromUnit(row[j]);
            }
        }

        return unit;
    }
}
