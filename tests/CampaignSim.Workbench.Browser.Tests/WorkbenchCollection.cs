namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>One server and one browser for every browser test, which run one after another (timings are measured).</summary>
[CollectionDefinition(Name)]
public sealed class WorkbenchCollection : ICollectionFixture<Workbench>
{
    public const string Name = "workbench";
}
