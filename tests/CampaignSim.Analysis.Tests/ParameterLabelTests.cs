namespace CampaignSim.Analysis.Tests;

public class ParameterLabelTests
{
    [Theory]
    [InlineData("workplaces[].employer.hostility", "Employer hostility")]
    [InlineData("workplace.employer.hostility", "Employer hostility")]
    [InlineData("workplaces[0].union.stance", "The union's politics (business, mixed, militant)")]
    [InlineData("workplaces[2].workers", "Number of workers (workplace 3)")]
    [InlineData("workplaces[].behaviour.deepContactGain", "What a deep one-on-one adds to commitment")]
    [InlineData("mechanics.participation.willingnessFloor", "Willingness floor (mechanics, participation)")]
    public void parameters_read_in_plain_words(string path, string label) => Assert.Equal(label, ParameterLabels.For(path));

    [Fact]
    public void every_default_screened_parameter_has_a_name_of_its_own_not_a_spelled_out_path()
    {
        var spelled = SensitivityParameters.Default.Select(p => ParameterLabels.For(p.Path)).Where(l => l.EndsWith(')') && !l.EndsWith("(weeks)", StringComparison.Ordinal)).ToArray();
        Assert.Empty(spelled);
    }
}
