using CampaignSim.EventStore.Hosting;
using Marten;
using Wolverine;

namespace CampaignSim.EventStore.Calibrations;

/// <summary>
/// Stores a calibration and queues its blocks in one transaction (the document and Wolverine's durable outbox are in the
/// same PostgreSQL database), so a failed start leaves neither. A distributed calibration's blocks go to the shared queue
/// that worker processes take them from, beside the blocks of distributed comparisons; the others to this process's own
/// queue.
/// </summary>
public static class StartCalibrationHandler
{
    /// <summary>Handles the command.</summary>
    public static OutgoingMessages Handle(StartCalibration command, IDocumentSession session)
    {
        session.Insert(command.Calibration);
        var messages = new OutgoingMessages();
        foreach (var block in command.Calibration.Blocks())
            messages.Add(command.Calibration.Shared ? block.ToDestination(SharedRunQueue.Uri) : block);
        return messages;
    }
}
