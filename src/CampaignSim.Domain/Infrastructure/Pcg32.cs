using System.Runtime.CompilerServices;

namespace CampaignSim.Domain.Infrastructure;

/// <summary>
/// PCG-XSH-RR 32-bit generator (O'Neill 2014) with 64-bit state and a selectable stream.
/// The project's own generator, so that a seed gives the same numbers on every runtime and machine.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private const ulong SquaredMultiplier = unchecked(Multiplier * Multiplier);
    private ulong _state;
    private readonly ulong _increment;

    /// <summary>Creates a generator for a seed and a stream id.</summary>
    public Pcg32(ulong seed, ulong stream)
    {
        _increment = (stream << 1) | 1UL;
        _state = 0;
        NextUInt();
        _state += seed;
        NextUInt();
    }

    /// <summary>Next 32 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt()
    {
        var old = _state;
        _state = unchecked(old * Multiplier + _increment);
        return Output(old);
    }

    /// <summary>The 32 bits PCG-XSH-RR outputs for a state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Output(ulong old)
    {
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rot = (int)(old >> 59);
        return (xorShifted >> rot) | (xorShifted << ((-rot) & 31));
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble()
    {
        var first = NextUInt();
        return Unit(first, NextUInt());
    }

    /// <summary>The double in [0, 1) that two successive outputs make: 27 bits of the first above 26 of the second.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Unit(uint first, uint second) => (((ulong)(first >> 5) << 26) | (ulong)(second >> 6)) * (1.0 / 9007199254740992.0);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p) => p > 0 && (p >= 1 || NextDouble() < p);

    /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>), unbiased (Lemire's method).</summary>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 1) return 0;
        var range = (uint)maxExclusive;
        var m = (ulong)NextUInt() * range;
        var low = (uint)m;
        if (low < range)
        {
            var threshold = (uint)(-(int)range) % range;
            while (low < threshold)
            {
                m = (ulong)NextUInt() * range;
                low = (uint)m;
            }
        }
        return (int)(m >> 32);
    }

    /// <summary>
    /// Approximately normal draw (Irwin–Hall: sum of twelve uniforms minus six). Uses only addition, so it
    /// gives identical results on every platform, unlike Box–Muller's logarithm and cosine.
    /// </summary>
    /// <remarks>
    /// The 24 states <see cref="NextDouble"/> would step through, in the same order, taken as two interleaved chains
    /// (even and odd steps), each jumping two steps at a time: the generator's step twice is one step with the multiplier
    /// squared and the increment times the multiplier plus one (mod 2^64), so the two chains' multiplications need not
    /// wait for each other and the draw is the same to the last bit.
    /// </remarks>
    public double NextNormal(double mean, double sd)
    {
        var increment = _increment;
        var jump = unchecked(increment * (Multiplier + 1));
        var even = _state;
        var odd = unchecked(even * Multiplier + increment);
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            var first = Output(even);
            var second = Output(odd);
            even = unchecked(even * SquaredMultiplier + jump);
            odd = unchecked(odd * SquaredMultiplier + jump);
            sum += Unit(first, second);
        }
        _state = even;
        return mean + sd * (sum - 6.0);
    }
}
