using CampaignSim.Domain.Events;

namespace CampaignSim.EventStore.Runs;

/// <summary>
/// How a run stream stores the week's routine organizing (stored name <c>conversations-held</c>): two or more
/// <see cref="OneOnOneHeld"/> events that the engine emitted one after another in one week and workplace, kept as one
/// stored event whose fields are columns, one entry per conversation in the engine's order. A hospital run holds about
/// 1,300 one-on-ones among its 1,700 events; stored one row each, they were three quarters of the rows the database
/// writes and indexes for a kept stream (docs/event-store.md, "Run streams"). Reading the stream expands each back
/// into the engine's events, in order and to the last bit, so the story, the replay and the stream hash are those of
/// the run; a lone one-on-one is stored as itself.
/// </summary>
/// <param name="Week">The week of every conversation.</param>
/// <param name="Workplace">The workplace of every conversation.</param>
/// <param name="Workers">Each conversation's worker (<see cref="OneOnOneHeld.Worker"/>).</param>
/// <param name="Depths">Each conversation's depth.</param>
/// <param name="ByStaff">Whether each was held by union staff.</param>
/// <param name="Organizers">Each conversation's organizer (−1: staff, a city-wide organizer or a campaigner).</param>
/// <param name="Openness">Each worker's openness as judged then.</param>
/// <param name="Appeal">The appeal each worker saw in the organization.</param>
public sealed record ConversationsHeld(
    int Week, int Workplace, int[] Workers, ContactDepth[] Depths, bool[] ByStaff, int[] Organizers, double[] Openness, double[] Appeal)
{
    /// <summary>The fewest consecutive conversations stored as one event.</summary>
    public const int Fewest = 2;

    /// <summary>How many conversations it holds.</summary>
    public int Count => Workers.Length;

    /// <summary>Packs <paramref name="count"/> consecutive one-on-ones of one week and workplace, from <paramref name="start"/>.</summary>
    public static ConversationsHeld Of(IReadOnlyList<CampaignEvent> events, int start, int count)
    {
        var first = (OneOnOneHeld)events[start];
        var packed = new ConversationsHeld(first.Week, first.Workplace, new int[count], new ContactDepth[count], new bool[count], new int[count],
            new double[count], new double[count]);
        for (var k = 0; k < count; k++)
        {
            var c = (OneOnOneHeld)events[start + k];
            packed.Workers[k] = c.Worker;
            packed.Depths[k] = c.Depth;
            packed.ByStaff[k] = c.ByStaff;
            packed.Organizers[k] = c.Organizer;
            packed.Openness[k] = c.Openness;
            packed.Appeal[k] = c.Appeal;
        }
        return packed;
    }

    /// <summary>How many one-on-ones of the same week and workplace follow one another from <paramref name="start"/>.</summary>
    public static int RunLength(IReadOnlyList<CampaignEvent> events, int start)
    {
        if (events[start] is not OneOnOneHeld first) return 0;
        var end = start + 1;
        while (end < events.Count && events[end] is OneOnOneHeld next && next.Week == first.Week && next.Workplace == first.Workplace) end++;
        return end - start;
    }

    /// <summary>The engine's events, in order.</summary>
    /// <exception cref="EventStoreException">The columns differ in length: the stored event was changed.</exception>
    public void ExpandInto(List<CampaignEvent> into)
    {
        var n = Workers.Length;
        if (n < Fewest || Depths.Length != n || ByStaff.Length != n || Organizers.Length != n || Openness.Length != n || Appeal.Length != n)
            throw new EventStoreException(
                $"A stored conversations-held event of week {Week} has columns of {Workers.Length}, {Depths.Length}, {ByStaff.Length}, {Organizers.Length}, "
                + $"{Openness.Length} and {Appeal.Length} entries; it needs at least {Fewest} and all of one length: the stream was changed.");
        for (var k = 0; k < n; k++)
            into.Add(new OneOnOneHeld(Week, Workplace, Workers[k], Depths[k], ByStaff[k], Organizers[k], Openness[k], Appeal[k]));
    }
}
