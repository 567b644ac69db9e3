using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Domain.Tests;

/// <summary>The generator's normal draw is its definition computed faster: twelve of its uniforms, in order, minus six.</summary>
public class RandomDrawTests
{
    [Theory]
    [InlineData(1UL, 0UL)]
    [InlineData(7UL, 3UL)]
    [InlineData(ulong.MaxValue, 12345UL)]
    public void a_normal_draw_is_twelve_uniforms_minus_six_and_leaves_the_generator_where_they_would(ulong seed, ulong stream)
    {
        var fast = new Pcg32(seed, stream);
        var plain = new Pcg32(seed, stream);
        for (var draw = 0; draw < 1000; draw++)
        {
            var mean = draw % 7 - 3.0;
            var sd = 0.1 + draw % 5;
            var sum = 0.0;
            for (var k = 0; k < 12; k++) sum += plain.NextDouble();
            var expected = mean + sd * (sum - 6.0);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fast.NextNormal(mean, sd)));
            Assert.Equal(plain.NextUInt(), fast.NextUInt());
        }
    }
}
