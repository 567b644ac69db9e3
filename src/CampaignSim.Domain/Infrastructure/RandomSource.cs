namespace CampaignSim.Domain.Infrastructure;

/// <summary>Derives one <see cref="Pcg32"/> per (run seed, purpose, workplace) with SplitMix64 mixing.</summary>
public static class RandomSource
{
    /// <summary>The generator for a purpose in a workplace of a run.</summary>
    public static Pcg32 For(ulong seed, RandomStream purpose, int workplace) =>
        new(Mix(seed ^ Mix((ulong)purpose * 0x9E3779B97F4A7C15UL + (ulong)workplace)), (ulong)purpose * 1000UL + (ulong)workplace);

    /// <summary>SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = unchecked(z + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
