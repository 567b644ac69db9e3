using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Scenarios.Schema;

/// <summary>
/// Every key a scenario file may use. A number's range is the one its record property declares with a
/// <see cref="ParameterAttribute"/>, written there once; ranges that depend on other keys (weeks, workers) are
/// checked again in <see cref="Loading.ScenarioRules"/>.
/// </summary>
internal static class ScenarioSchema
{
    public static readonly RecordSchema<DistributionSpec> Distribution = new(
        new NumberField<DistributionSpec>(x => x.Mean, (r, v) => r with { Mean = v }),
        new NumberField<DistributionSpec>(x => x.Sd, (r, v) => r with { Sd = v }));

    public static readonly RecordSchema<JobClassSpec> JobClass = new(
        new TextField<JobClassSpec>(x => x.Id, (r, v) => r with { Id = v! }) { IsId = true, Required = true, MaxLength = ScenarioLimits.MaxIdLength },
        new NumberField<JobClassSpec>(x => x.Share, (r, v) => r with { Share = v }) { Required = true },
        new NumberField<JobClassSpec>(x => x.HourlyWage, (r, v) => r with { HourlyWage = v }),
        new FlagField<JobClassSpec>(x => x.InBargainingUnit, (r, v) => r with { InBargainingUnit = v }));

    public static readonly RecordSchema<NetworkSpec> Network = new(
        new ChoiceField<NetworkSpec, NetworkKind>(x => x.Kind, (r, v) => r with { Kind = v }),
        new NumberField<NetworkSpec>(x => x.TiesWithinDepartment, (r, v) => r with { TiesWithinDepartment = v }),
        new NumberField<NetworkSpec>(x => x.SameClassPreference, (r, v) => r with { SameClassPreference = v }),
        new NumberField<NetworkSpec>(x => x.TiesAcrossDepartments, (r, v) => r with { TiesAcrossDepartments = v }),
        new WholeField<NetworkSpec>(x => x.RingNeighbours, (r, v) => r with { RingNeighbours = v })
        {
            Rule = v => v % 2 == 0 ? null : $"must be an even number between 2 and 200 (half the neighbours on each side of the ring), got {v}",
            RangeOverride = "2–200, even",
        },
        new NumberField<NetworkSpec>(x => x.Rewiring, (r, v) => r with { Rewiring = v }));

    public static readonly RecordSchema<ThresholdSpec> Thresholds = new(
        new ChoiceField<ThresholdSpec, ThresholdDistribution>(x => x.Distribution, (r, v) => r with { Distribution = v }),
        new NumberField<ThresholdSpec>(x => x.Mean, (r, v) => r with { Mean = v }),
        new NumberField<ThresholdSpec>(x => x.Sd, (r, v) => r with { Sd = v }),
        new NumberField<ThresholdSpec>(x => x.Min, (r, v) => r with { Min = v }),
        new NumberField<ThresholdSpec>(x => x.Max, (r, v) => r with { Max = v }));

    public static readonly RecordSchema<BehaviourSpec> Behaviour = new(
        new NumberField<BehaviourSpec>(x => x.GrievanceWeight, (r, v) => r with { GrievanceWeight = v }),
        new NumberField<BehaviourSpec>(x => x.FearWeight, (r, v) => r with { FearWeight = v }),
        new NumberField<BehaviourSpec>(x => x.CommitmentWeight, (r, v) => r with { CommitmentWeight = v }),
        new NumberField<BehaviourSpec>(x => x.CrossCraftPenalty, (r, v) => r with { CrossCraftPenalty = v }),
        new NumberField<BehaviourSpec>(x => x.DeepContactGain, (r, v) => r with { DeepContactGain = v }),
        new NumberField<BehaviourSpec>(x => x.ShallowContactGain, (r, v) => r with { ShallowContactGain = v }),
        new NumberField<BehaviourSpec>(x => x.TrainingGain, (r, v) => r with { TrainingGain = v }),
        new NumberField<BehaviourSpec>(x => x.CommitteeThreshold, (r, v) => r with { CommitteeThreshold = v }),
        new NumberField<BehaviourSpec>(x => x.LeaderShare, (r, v) => r with { LeaderShare = v }),
        new NumberField<BehaviourSpec>(x => x.CommitmentDecay, (r, v) => r with { CommitmentDecay = v }),
        new NumberField<BehaviourSpec>(x => x.GrievanceRelaxation, (r, v) => r with { GrievanceRelaxation = v }),
        new NumberField<BehaviourSpec>(x => x.FearRelaxation, (r, v) => r with { FearRelaxation = v }));

    public static readonly RecordSchema<CommitteeSpec> Committee = new(
        new WholeField<CommitteeSpec>(x => x.InitialMembers, (r, v) => r with { InitialMembers = v })
        {
            RangeOverride = "0–workers",
        },
        new NumberField<CommitteeSpec>(x => x.HoursPerMemberPerWeek, (r, v) => r with { HoursPerMemberPerWeek = v }));

    public static readonly RecordSchema<UnionSpec> Union = new(
        new FlagField<UnionSpec>(x => x.Present, (r, v) => r with { Present = v }),
        new ChoiceField<UnionSpec, UnionStance>(x => x.Stance, (r, v) => r with { Stance = v }),
        new WholeField<UnionSpec>(x => x.StaffOrganizers, (r, v) => r with { StaffOrganizers = v }),
        new NumberField<UnionSpec>(x => x.StaffHoursPerWeek, (r, v) => r with { StaffHoursPerWeek = v }),
        new NumberField<UnionSpec>(x => x.Resources, (r, v) => r with { Resources = v }),
        new NumberField<UnionSpec>(x => x.Responsiveness, (r, v) => r with { Responsiveness = v }),
        new NumberField<UnionSpec>(x => x.HostilityToUnauthorizedAction, (r, v) => r with { HostilityToUnauthorizedAction = v }),
        new NumberField<UnionSpec>(x => x.MembershipShare, (r, v) => r with { MembershipShare = v }),
        new NumberField<UnionSpec>(x => x.DuesPct, (r, v) => r with { DuesPct = v }),
        new WholeField<UnionSpec>(x => x.NextElectionWeek, (r, v) => r with { NextElectionWeek = v })
        {
            RangeOverride = "0 (none) or 1–weeks",
        },
        new WholeField<UnionSpec>(x => x.ElectionIntervalWeeks, (r, v) => r with { ElectionIntervalWeeks = v }),
        new NumberField<UnionSpec>(x => x.IncumbentAdvantage, (r, v) => r with { IncumbentAdvantage = v }));

    public static readonly RecordSchema<ContractSpec> Contract = new(
        new FlagField<ContractSpec>(x => x.InForce, (r, v) => r with { InForce = v }),
        new WholeField<ContractSpec>(x => x.ExpiryWeek, (r, v) => r with { ExpiryWeek = v })
        {
            RangeOverride = "1–weeks",
        },
        new WholeField<ContractSpec>(x => x.TermWeeks, (r, v) => r with { TermWeeks = v }),
        new FlagField<ContractSpec>(x => x.NoStrikeClause, (r, v) => r with { NoStrikeClause = v }),
        new NumberField<ContractSpec>(x => x.NoStrikeClauseRate, (r, v) => r with { NoStrikeClauseRate = v }),
        new WholeField<ContractSpec>(x => x.GrievanceDelayWeeks, (r, v) => r with { GrievanceDelayWeeks = v }),
        new NumberField<ContractSpec>(x => x.ArbitrationUpheldProbability, (r, v) => r with { ArbitrationUpheldProbability = v }),
        new WholeField<ContractSpec>(x => x.BargainingWindowWeeks, (r, v) => r with { BargainingWindowWeeks = v }),
        new FlagField<ContractSpec>(x => x.StrikeVoteOfAllMembers, (r, v) => r with { StrikeVoteOfAllMembers = v }),
        new NumberField<ContractSpec>(x => x.StrikeVoteThreshold, (r, v) => r with { StrikeVoteThreshold = v }));

    public static readonly RecordSchema<EmployerSpec> Employer = new(
        new NumberField<EmployerSpec>(x => x.Hostility, (r, v) => r with { Hostility = v }),
        new NumberField<EmployerSpec>(x => x.RetaliationRate, (r, v) => r with { RetaliationRate = v }),
        new NumberField<EmployerSpec>(x => x.ViolationRate, (r, v) => r with { ViolationRate = v }),
        new NumberField<EmployerSpec>(x => x.RedBaiting, (r, v) => r with { RedBaiting = v }),
        new FlagField<EmployerSpec>(x => x.CaptiveAudienceMeetings, (r, v) => r with { CaptiveAudienceMeetings = v }),
        new FlagField<EmployerSpec>(x => x.Public, (r, v) => r with { Public = v }),
        new NumberField<EmployerSpec>(x => x.DisruptionCostMultiple, (r, v) => r with { DisruptionCostMultiple = v }),
        new WholeField<EmployerSpec>(x => x.PlanningHorizonWeeks, (r, v) => r with { PlanningHorizonWeeks = v }));

    public static readonly RecordSchema<DemandSpec> Demand = new(
        new TextField<DemandSpec>(x => x.Id, (r, v) => r with { Id = v! }) { IsId = true, Required = true, MaxLength = ScenarioLimits.MaxIdLength },
        new ChoiceField<DemandSpec, DemandKind>(x => x.Kind, (r, v) => r with { Kind = v }) { Required = true },
        new NumberField<DemandSpec>(x => x.WagePct, (r, v) => r with { WagePct = v }),
        new NumberField<DemandSpec>(x => x.Cost, (r, v) => r with { Cost = v }),
        new NumberField<DemandSpec>(x => x.GrievanceRelief, (r, v) => r with { GrievanceRelief = v }),
        new IdListField<DemandSpec>(x => x.JobClasses, (r, v) => r with { JobClasses = v }));

    public static readonly RecordSchema<ShockSpec> Shock = new(
        new WholeField<ShockSpec>(x => x.Week, (r, v) => r with { Week = v })
        {
            Required = true,
            RangeOverride = "0–weeks",
        },
        new ChoiceField<ShockSpec, ShockKind>(x => x.Kind, (r, v) => r with { Kind = v }) { Required = true },
        new WholeField<ShockSpec>(x => x.Count, (r, v) => r with { Count = v })
        {
            RangeOverride = "1–workers (layoff only)",
        },
        new NumberField<ShockSpec>(x => x.Size, (r, v) => r with { Size = v }));

    public static readonly RecordSchema<WorkplaceSpec> Workplace = new(
        new TextField<WorkplaceSpec>(x => x.Id, (r, v) => r with { Id = v! }) { IsId = true, MaxLength = ScenarioLimits.MaxIdLength },
        new TextField<WorkplaceSpec>(x => x.Name, (r, v) => r with { Name = v! }),
        new TextField<WorkplaceSpec>(x => x.Model, (r, v) => r with { Model = v })
        {
            AllowNull = true,
            Allowed = ModelCatalog.Ids,
        },
        new WholeField<WorkplaceSpec>(x => x.Workers, (r, v) => r with { Workers = v })
        {
            OutOfRange = v => v > Scenario.MaxWorkers
                ? $"must be between 2 and {Scenario.MaxWorkers} (the largest workplace the engine simulates), got {v}"
                : $"must be between 2 and {Scenario.MaxWorkers}, got {v}",
        },
        new WholeField<WorkplaceSpec>(x => x.Departments, (r, v) => r with { Departments = v })
        {
            RangeOverride = "1–workers",
        },
        new ListField<WorkplaceSpec, JobClassSpec>(x => x.JobClasses, JobClass, (r, v) => r with { JobClasses = v })
        {
            MinItems = 1,
            MaxItems = ScenarioLimits.MaxItemsPerWorkplace,
        },
        new NumberField<WorkplaceSpec>(x => x.ProbationaryShare, (r, v) => r with { ProbationaryShare = v }),
        new WholeField<WorkplaceSpec>(x => x.ProbationWeeks, (r, v) => r with { ProbationWeeks = v }),
        new NumberField<WorkplaceSpec>(x => x.Turnover, (r, v) => r with { Turnover = v }),
        new SectionField<WorkplaceSpec, NetworkSpec>(x => x.Network, Network, (r, v) => r with { Network = v }),
        new SectionField<WorkplaceSpec, ThresholdSpec>(x => x.Thresholds, Thresholds, (r, v) => r with { Thresholds = v }),
        new SectionField<WorkplaceSpec, DistributionSpec>(x => x.Grievance, Distribution, (r, v) => r with { Grievance = v }),
        new SectionField<WorkplaceSpec, DistributionSpec>(x => x.Fear, Distribution, (r, v) => r with { Fear = v }),
        new SectionField<WorkplaceSpec, DistributionSpec>(x => x.TrustInUnion, Distribution, (r, v) => r with { TrustInUnion = v }),
        new SectionField<WorkplaceSpec, BehaviourSpec>(x => x.Behaviour, Behaviour, (r, v) => r with { Behaviour = v }),
        new SectionField<WorkplaceSpec, CommitteeSpec>(x => x.Committee, Committee, (r, v) => r with { Committee = v }),
        new SectionField<WorkplaceSpec, UnionSpec>(x => x.Union, Union, (r, v) => r with { Union = v }),
        new SectionField<WorkplaceSpec, ContractSpec>(x => x.Contract, Contract, (r, v) => r with { Contract = v }),
        new SectionField<WorkplaceSpec, EmployerSpec>(x => x.Employer, Employer, (r, v) => r with { Employer = v }),
        new ListField<WorkplaceSpec, DemandSpec>(x => x.Demands, Demand, (r, v) => r with { Demands = v })
        {
            MinItems = 1,
            MaxItems = ScenarioLimits.MaxItemsPerWorkplace,
        },
        new ListField<WorkplaceSpec, ShockSpec>(x => x.Shocks, Shock, (r, v) => r with { Shocks = v }) { MaxItems = ScenarioLimits.MaxShocks });

    public static readonly RecordSchema<LegalSpec> Legal = new(
        new NumberField<LegalSpec>(x => x.PetitionShowingShare, (r, v) => r with { PetitionShowingShare = v }),
        new WholeField<LegalSpec>(x => x.ElectionDelayWeeks, (r, v) => r with { ElectionDelayWeeks = v }),
        new WholeField<LegalSpec>(x => x.UlpDelayWeeks, (r, v) => r with { UlpDelayWeeks = v }),
        new NumberField<LegalSpec>(x => x.UlpReinstatementProbability, (r, v) => r with { UlpReinstatementProbability = v }),
        new NumberField<LegalSpec>(x => x.ReinstatementAcceptance, (r, v) => r with { ReinstatementAcceptance = v }),
        new NumberField<LegalSpec>(x => x.ContractProtection, (r, v) => r with { ContractProtection = v }),
        new NumberField<LegalSpec>(x => x.UnionLegalProtection, (r, v) => r with { UnionLegalProtection = v }),
        new NumberField<LegalSpec>(x => x.DecertificationShare, (r, v) => r with { DecertificationShare = v }));

    public static readonly RecordSchema<SolidarityUnionSpec> SolidarityUnion = new(
        new NumberField<SolidarityUnionSpec>(x => x.MonthlyDues, (r, v) => r with { MonthlyDues = v }),
        new NumberField<SolidarityUnionSpec>(x => x.TrainingsPerQuarter, (r, v) => r with { TrainingsPerQuarter = v }));

    public static readonly RecordSchema<CityCommitteeSpec> CityCommittee = new(
        new FlagField<CityCommitteeSpec>(x => x.Present, (r, v) => r with { Present = v }),
        new NumberField<CityCommitteeSpec>(x => x.SharedHoursPerWorkplace, (r, v) => r with { SharedHoursPerWorkplace = v }),
        new NumberField<CityCommitteeSpec>(x => x.PicketSupport, (r, v) => r with { PicketSupport = v }));

    public static readonly RecordSchema<Scenario> Root = new(
        new WholeField<Scenario>(x => x.Schema, 1, Scenario.CurrentSchema, (r, v) => r with { Schema = v })
        {
            OutOfRange = v => $"unsupported schema version {v}; this version of CampaignSim reads schema {Scenario.CurrentSchema}",
        },
        new TextField<Scenario>(x => x.Name, (r, v) => r with { Name = v! }),
        new TextField<Scenario>(x => x.Description, (r, v) => r with { Description = v! })
        {
            AllowEmpty = true,
            Multiline = true,
            MaxLength = ScenarioLimits.MaxDescriptionLength,
        },
        new WholeField<Scenario>(x => x.Weeks, (r, v) => r with { Weeks = v }),
        new ListField<Scenario, WorkplaceSpec>(x => x.Workplaces, Workplace, (r, v) => r with { Workplaces = v })
        {
            MinItems = 1,
            MaxItems = ScenarioLimits.MaxWorkplaces,
        },
        new SectionField<Scenario, LegalSpec>(x => x.Legal, Legal, (r, v) => r with { Legal = v }),
        new SectionField<Scenario, SolidarityUnionSpec>(x => x.SolidarityUnion, SolidarityUnion, (r, v) => r with { SolidarityUnion = v }),
        new SectionField<Scenario, CityCommitteeSpec>(x => x.CityCommittee, CityCommittee, (r, v) => r with { CityCommittee = v }),
        new SectionField<Scenario, MechanicsSpec>(x => x.Mechanics, ReflectedSchema.For<MechanicsSpec>(), (r, v) => r with { Mechanics = v }));

    /// <summary>Every section schema, depth-first from the root, each once.</summary>
    public static IReadOnlyList<IRecordSchema> All()
    {
        var seen = new List<IRecordSchema>();
        Visit(Root);
        return seen;

        void Visit(IRecordSchema schema)
        {
            if (seen.Contains(schema))
            {
                return;
            }

            seen.Add(schema);
            foreach (var child in schema.Fields.Select(f => f.Child).OfType<IRecordSchema>())
            {
                Visit(child);
            }
        }
    }
}
