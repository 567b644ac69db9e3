namespace CampaignSim.EventStore;

/// <summary>
/// A failure of the campaign store that a user can act on: the database cannot be reached or refused the login,
/// a comparison id is reused with other parameters, a run is not stored, a run failed. The message names the
/// server (host, port, database) where that helps and never contains the password.
/// </summary>
public sealed class EventStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EventStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
