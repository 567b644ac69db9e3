using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampaignSim.Workbench.Tests;

/// <summary>The workbench's endpoints on an in-memory test server, with the options a test chooses.</summary>
public sealed class WorkbenchFactory : WebApplicationFactory<WorkbenchFactory>
{
    static WorkbenchFactory()
    {
        // The page is embedded in the assembly, so any content root does; this one exists (the default is looked for beside the solution).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CAMPAIGNSIM_WORKBENCH_TESTS", AppContext.BaseDirectory);
    }

    /// <summary>
    /// A server with <paramref name="options"/>; its clients address it as 127.0.0.1 on the options' port, as the page does when
    /// <c>serve</c> is bound there (a request for any other Host is refused).
    /// </summary>
    public WorkbenchFactory(WorkbenchOptions? options = null, IComparisonArchive? archive = null)
    {
        Options = options ?? new WorkbenchOptions { Threads = 2 };
        Archive = archive;
        ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{Options.Port}/");
    }

    /// <summary>The options the server runs with.</summary>
    public WorkbenchOptions Options { get; }

    /// <summary>Where it keeps finished comparisons, or null.</summary>
    public IComparisonArchive? Archive { get; }

    /// <inheritdoc />
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureWebHostDefaults(web => web
                .ConfigureServices(services => services.AddWorkbench(Options, archive: Archive))
                .Configure(app => app.UseWorkbench()));
}
