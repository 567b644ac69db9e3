using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampaignSim.Workbench.Tests;

/// <summary>The workbench's endpoints on an in-memory test server, with the options a test chooses.</summary>
public sealed class WorkbenchFactory(WorkbenchOptions? options = null) : WebApplicationFactory<WorkbenchFactory>
{
    static WorkbenchFactory()
    {
        // The page is embedded in the assembly, so any content root does; this one exists (the default is looked for beside the solution).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAMPAIGNSIM_WORKBENCH_TESTS", AppContext.BaseDirectory);
    }

    /// <summary>The options the server runs with.</summary>
    public WorkbenchOptions Options { get; } = options ?? new WorkbenchOptions { Threads = 2 };

    /// <inheritdoc />
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => services.AddWorkbench(Options))
                .Configure(app => app.UseWorkbench()));
}
