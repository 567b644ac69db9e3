using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Tests;

public class CatalogTests
{
    [Fact]
    public void the_tactic_catalog_lists_every_tactic_once_in_ladder_order_with_a_phrase_and_its_own_profile()
    {
        var tactics = Enum.GetValues<Tactic>();
        Assert.Equal(tactics, TacticCatalog.Ladder.Select(d => d.Tactic));
        Assert.All(TacticCatalog.Ladder, d => Assert.False(string.IsNullOrWhiteSpace(d.Phrase)));

        // Every rung but the grievance, which the grievance procedure handles, has a profile of its own.
        var called = TacticCatalog.Ladder.Where(d => d.Tactic != Tactic.Grievance).ToArray();
        var profiles = called.Select(d => d.Profile!(new TacticMechanics())).ToArray();
        Assert.Equal(profiles.Length, profiles.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(typeof(TacticMechanics).GetProperties().Select(p => p.Name).Order(), called.Select(d => d.Tactic.ToString()).Order());
        Assert.Null(TacticCatalog.Of(Tactic.Grievance).Profile);
    }

    [Fact]
    public void every_committee_identity_has_a_profile_of_its_own()
    {
        var identities = Enum.GetValues<CommitteeIdentity>();
        var profiles = identities.Select(i => IdentityCatalog.Profile(new MechanicsSpec(), i)).ToArray();

        Assert.Equal(identities.Length, profiles.Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(identities.Select(i => i.ToString()).Order(),
            typeof(IdentityMechanics).GetProperties().Where(p => p.PropertyType == typeof(IdentityProfile)).Select(p => p.Name).Order());
    }

    [Fact]
    public void the_model_catalog_has_unique_ids_and_every_model_describes_itself()
    {
        Assert.Equal(ModelCatalog.Ids.Count, ModelCatalog.Ids.Distinct().Count());
        Assert.All(ModelCatalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Name + m.Summary)));
    }
}
