using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.ReadModels;
using Marten;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// The result the summary projection reads on completion reaches only a caller of the same store that waits for that
/// comparison, once; anything else reads the comparison back from the store.
/// </summary>
public sealed class CompletedResultsTests
{
    [Fact]
    public void a_result_is_kept_only_for_a_caller_of_the_same_store_that_expects_it_and_is_taken_once()
    {
        using var one = DocumentStore.For("Host=127.0.0.1;Database=one");
        using var other = DocumentStore.For("Host=127.0.0.1;Database=other");
        var expected = Guid.NewGuid();
        var unexpected = Guid.NewGuid();
        var result = ComparisonRunner.Run(Small.Request(replications: 1, models: ["business-unionism"]), cancellationToken: TestContext.Current.CancellationToken);

        CompletedResults.Expect(one, expected);
        CompletedResults.Offer(other, expected, result);
        CompletedResults.Offer(one, unexpected, result);
        Assert.Null(CompletedResults.Take(other, expected));
        Assert.Null(CompletedResults.Take(one, unexpected));

        CompletedResults.Offer(one, expected, result);
        Assert.Same(result, CompletedResults.Take(one, expected));
        Assert.Null(CompletedResults.Take(one, expected));
    }
}
