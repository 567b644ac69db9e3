namespace CampaignSim.Domain.Tests;

/// <summary>The repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding CampaignSim.sln, found by walking up from the test assembly.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CampaignSim.sln not found above " + AppContext.BaseDirectory);
    }
}
