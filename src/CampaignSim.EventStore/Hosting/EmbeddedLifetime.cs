using Microsoft.Extensions.Hosting;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// The lifetime of a host embedded in another program: it listens to no signal. The default console lifetime takes
/// SIGINT and SIGTERM for itself and stops only the host, so the program around it would carry on; here the program
/// decides, cancels its calls and disposes the store.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
