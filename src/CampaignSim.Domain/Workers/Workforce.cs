using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// The workers of one workplace, held as parallel arrays (one slot per worker) for speed: job class, department,
/// wage, probation, grievance, fear, commitment, trust, threshold, visibility, disciplines, last contact and
/// memberships. It changes only through its <c>Apply</c> methods, which are deterministic and draw no random numbers.
/// </summary>
public sealed class Workforce
{
    private readonly Scenario _scenario;
    private readonly WorkplaceSpec _spec;
    private readonly bool[] _inUnitClass;
    private int[] _jobClass = [];
    private int[] _department = [];
    private double[] _baseWage = [];
    private double[] _wage = [];
    private int[] _probation = [];
    private double[] _grievance = [];
    private double[] _baseGrievance = [];
    private double[] _fear = [];
    private double[] _baseFear = [];
    private double[] _commitment = [];
    private double[] _trust = [];
    private double[] _threshold = [];
    private double[] _visibility = [];
    private int[] _disciplines = [];
    private int[] _lastContactWeek = [];
    private int[] _lastActedWeek = [];
    private int[] _organizer = [];
    private double[] _contactReturn = [];
    private WorkerFlags[] _flags = [];

    // Counts kept up to date as flags change (SetFlags), so that no step counts them by scanning the workforce.
    private readonly int[] _employedInClass;
    private readonly int[] _employedInDepartment;
    private readonly int[] _committeeInDepartment;
    private readonly int[] _stewardsOffCommitteeInDepartment;

    // Employed workers the committee counts on (members, and deeply contacted workers with at least the counted
    // commitment), kept as flags and commitment change, in all and per department.
    private readonly double _countedCommitment;
    private bool[] _counted = [];
    private readonly int[] _countedInDepartment;

    // Employed committee members, ascending, kept as flags change, so that no step scans the workforce for them.
    private readonly List<int> _committee = [];

    // The coworkers each organizer keeps up a relationship with (null until she opens one), kept as one-on-ones open them
    // and as organizers leave; in worker order, then in the order opened this week (WeekPassed sorts last week's in).
    private List<int>?[] _held = [];
    private bool[] _heldOpenedThisWeek = [];
    private readonly List<int> _organizersWhoOpened = [];

    internal Workforce(Scenario scenario, WorkplaceSpec spec)
    {
        _scenario = scenario;
        _spec = spec;
        _inUnitClass = spec.JobClasses.Select(c => c.InBargainingUnit).ToArray();
        _employedInClass = new int[spec.JobClasses.Count];
        var departments = Math.Max(1, spec.Departments);
        _employedInDepartment = new int[departments];
        _committeeInDepartment = new int[departments];
        _stewardsOffCommitteeInDepartment = new int[departments];
        _countedInDepartment = new int[departments];
        _countedCommitment = scenario.Mechanics.Organizing.CountedCommitment;
    }

    private ReactionMechanics R => _scenario.Mechanics.Reactions;

    /// <summary>Workers ever on the payroll in this run.</summary>
    public int Count { get; private set; }

    /// <summary>Workers employed now.</summary>
    public int Employed { get; private set; }

    /// <summary>Organizing committee members employed now.</summary>
    public int CommitteeSize { get; private set; }

    /// <summary>Employed workers in the bargaining unit's job classes.</summary>
    public int EmployedInUnit { get; private set; }

    /// <summary>Employed workers who are in the solidarity union or on the committee (how known the solidarity union is).</summary>
    public int SolidarityOrCommittee { get; private set; }

    /// <summary>Employed members of the solidarity union.</summary>
    internal int SolidarityMembers { get; private set; }

    /// <summary>
    /// Employed workers a committee counts on: members, and deeply contacted workers with at least
    /// <c>mechanics.organizing.countedCommitment</c>.
    /// </summary>
    public int Counted { get; private set; }

    /// <summary>Employed workers a committee counts on in a department (see <see cref="Counted"/>).</summary>
    public int CountedInDepartment(int department) => _countedInDepartment[department];

    /// <summary>Employed workers in a job class.</summary>
    public int EmployedIn(int jobClass) => _employedInClass[jobClass];

    /// <summary>Employed workers in a department.</summary>
    public int EmployedInDepartment(int department) => _employedInDepartment[department];

    /// <summary>Organizers on the floor of a department: committee members, and stewards where the union is present.</summary>
    public int OrganizersInDepartment(int department, bool unionPresent) =>
        _committeeInDepartment[department] + (unionPresent ? _stewardsOffCommitteeInDepartment[department] : 0);

    /// <summary>Committee hours still owed to bringing new members in.</summary>
    public double OnboardingLoad { get; private set; }

    /// <summary>Ties per worker (sorted indices); null for a complete network. Fixed once the workforce is assembled.</summary>
    internal int[][]? Ties { get; private set; }

    /// <summary>Job class per worker.</summary>
    public ReadOnlySpan<int> JobClass => _jobClass;

    /// <summary>Department per worker.</summary>
    public ReadOnlySpan<int> Department => _department;

    /// <summary>Hourly wage at the start, per worker.</summary>
    public ReadOnlySpan<double> BaseWage => _baseWage;

    /// <summary>Hourly wage now, per worker.</summary>
    public ReadOnlySpan<double> Wage => _wage;

    /// <summary>Weeks of probation left, per worker.</summary>
    public ReadOnlySpan<int> Probation => _probation;

    /// <summary>Grievance, 0–1.</summary>
    public ReadOnlySpan<double> Grievance => _grievance;

    /// <summary>Fear of retaliation, 0–1.</summary>
    public ReadOnlySpan<double> Fear => _fear;

    /// <summary>Commitment to the organizing effort, 0–1.</summary>
    public ReadOnlySpan<double> Commitment => _commitment;

    /// <summary>Trust in the mainstream union, 0–1.</summary>
    public ReadOnlySpan<double> Trust => _trust;

    /// <summary>Participation threshold (share of ties), 0–1.</summary>
    public ReadOnlySpan<double> Threshold => _threshold;

    /// <summary>How visible a worker is to the employer, 0–1.</summary>
    public ReadOnlySpan<double> Visibility => _visibility;

    /// <summary>Disciplines received, per worker.</summary>
    public ReadOnlySpan<int> Disciplines => _disciplines;

    /// <summary>Week of the last one-on-one, per worker.</summary>
    public ReadOnlySpan<int> LastContactWeek => _lastContactWeek;

    /// <summary>Week each worker last took part in a collective action (<see cref="Units.Never"/> if she has not).</summary>
    public ReadOnlySpan<int> LastActedWeek => _lastActedWeek;

    /// <summary>The committee member who keeps up an organizing relationship with each worker, or −1.</summary>
    public ReadOnlySpan<int> OrganizerOf => _organizer;

    /// <summary>Whether worker <paramref name="i"/> has all of <paramref name="f"/>.</summary>
    public bool Has(int i, WorkerFlags f) => (_flags[i] & f) == f;

    /// <summary>Whether worker <paramref name="i"/>'s job class is in the mainstream union's bargaining unit.</summary>
    public bool InUnit(int i) => _inUnitClass[_jobClass[i]];

    /// <summary>Whether worker <paramref name="i"/> is employed now in a job class of the bargaining unit.</summary>
    public bool IsEmployedInUnit(int i) => Has(i, WorkerFlags.Employed) && InUnit(i);

    /// <summary>
    /// Whether worker <paramref name="i"/>'s commitment is at least her fear: a card signer an organizer counts as sure,
    /// and one who joins the union openly once it wins.
    /// </summary>
    public bool CommittedBeyondFear(int i) => _commitment[i] >= _fear[i];

    /// <summary>Whether worker <paramref name="i"/> is employed now in job class <paramref name="jobClass"/>.</summary>
    public bool IsEmployedIn(int i, int jobClass) => _jobClass[i] == jobClass && Has(i, WorkerFlags.Employed);

    /// <summary>Employed workers outside the bargaining unit's job classes.</summary>
    public int EmployedOutsideUnit => Employed - EmployedInUnit;

    /// <summary>Employed bargaining-unit workers who have all of <paramref name="f"/>.</summary>
    public int EmployedInUnitWith(WorkerFlags f)
    {
        var n = 0;
        for (var i = 0; i < Count; i++)
            if (Has(i, f) && IsEmployedInUnit(i)) n++;
        return n;
    }

    /// <summary>
    /// The first employed worker from <paramref name="from"/> on whose visibility is at least <paramref name="minVisibility"/>,
    /// or −1: a scan of two arrays that a step yielding events as it goes would otherwise run field by field.
    /// </summary>
    internal int NextVisible(int from, double minVisibility)
    {
        var flags = _flags.AsSpan(0, Count);
        var visibility = _visibility.AsSpan(0, Count);
        var i = Math.Max(0, from);
        if (Vector256.IsHardwareAccelerated)
        {
            // Four visibilities at a time; only the workers at or above the bar are looked at one by one, in order.
            var bar = Vector256.Create(minVisibility);
            ref var first = ref MemoryMarshal.GetReference(visibility);
            for (; i <= visibility.Length - Lanes; i += Lanes)
            {
                var above = Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref first, (nuint)i), bar).ExtractMostSignificantBits();
                for (; above != 0; above &= above - 1)
                {
                    var k = i + System.Numerics.BitOperations.TrailingZeroCount(above);
                    if ((flags[k] & WorkerFlags.Employed) != 0) return k;
                }
            }
        }
        for (; i < flags.Length; i++)
            if ((flags[i] & WorkerFlags.Employed) != 0 && visibility[i] >= minVisibility) return i;
        return -1;
    }

    /// <summary>
    /// The first worker from <paramref name="from"/> on with every flag of <paramref name="all"/> and none of
    /// <paramref name="none"/>, or −1: eight workers' flags compared at a time where the machine can.
    /// </summary>
    internal int NextWith(int from, WorkerFlags all, WorkerFlags none)
    {
        var flags = _flags.AsSpan(0, Count);
        var either = all | none;
        var i = Math.Max(0, from);
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<WorkerFlags, ushort>(ref MemoryMarshal.GetReference(flags));
            var mask = Vector128.Create((ushort)either);
            var wanted = Vector128.Create((ushort)all);
            for (; i <= flags.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var hits = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)i) & mask, wanted).ExtractMostSignificantBits();
                if (hits != 0) return i + System.Numerics.BitOperations.TrailingZeroCount(hits);
            }
        }
        for (; i < flags.Length; i++)
            if ((flags[i] & either) == all) return i;
        return -1;
    }

    /// <summary>The share of the employed workers that <paramref name="workers"/> of them make (0 with nobody employed).</summary>
    public double ShareOfEmployed(int workers) => Employed == 0 ? 0 : (double)workers / Employed;

    /// <summary>Share of employed workers in the bargaining unit (0 with nobody employed).</summary>
    public double UnitShare() => ShareOfEmployed(EmployedInUnit);

    /// <summary>Share of employed workers in the job classes listed (1 for an empty list, meaning every class).</summary>
    public double EmployedShareIn(IReadOnlyList<int> classes)
    {
        if (classes.Count == 0) return 1;
        var concerned = 0;
        foreach (var c in classes.Distinct()) concerned += _employedInClass[c];
        return ShareOfEmployed(concerned);
    }

    /// <summary>Employed committee members, ascending: a copy, which later changes to the committee leave alone.</summary>
    public List<int> CommitteeMembers() => new(_committee);

    /// <summary>Employed committee members, ascending, as they are now (the list changes as members join and leave).</summary>
    internal IReadOnlyList<int> Committee => _committee;

    /// <summary>
    /// The coworkers <paramref name="organizer"/> keeps up an organizing relationship with (those whose
    /// <see cref="OrganizerOf"/> is she): in worker order, then in the order she opened them this week.
    /// </summary>
    internal ReadOnlySpan<int> RelationshipsOf(int organizer) =>
        _held[organizer] is { } list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];

    internal void Apply(WorkforceAssembled x)
    {
        var n = x.Workers.Count;
        Count = n;
        _jobClass = new int[n];
        _department = new int[n];
        _baseWage = new double[n];
        _wage = new double[n];
        _probation = new int[n];
        _grievance = new double[n];
        _baseGrievance = new double[n];
        _fear = new double[n];
        _baseFear = new double[n];
        _commitment = new double[n];
        _trust = new double[n];
        _threshold = new double[n];
        _visibility = new double[n];
        _disciplines = new int[n];
        _lastContactWeek = new int[n];
        _lastActedWeek = new int[n];
        _organizer = new int[n];
        _contactReturn = new double[n];
        _flags = new WorkerFlags[n];
        _counted = new bool[n];
        _held = new List<int>?[n];
        _heldOpenedThisWeek = new bool[n];
        Ties = x.Ties?.ToArray();
        for (var i = 0; i < n; i++)
        {
            var w = x.Workers[i];
            _jobClass[i] = w.JobClass;
            _department[i] = w.Department;
            _baseWage[i] = _wage[i] = w.HourlyWage;
            Start(i, w);
            if (w.OnCommittee) _visibility[i] = R.CommitteeVisibility;
        }
    }

    /// <summary>
    /// Worker <paramref name="i"/> starts as <paramref name="w"/> describes her (probation, attitudes, memberships), with no
    /// contact and no organizing relationship yet; her place (job class, department, wage) is set by the caller.
    /// </summary>
    private void Start(int i, WorkerProfile w)
    {
        _probation[i] = w.ProbationWeeksLeft;
        _baseGrievance[i] = _grievance[i] = w.Grievance;
        _baseFear[i] = _fear[i] = w.Fear;
        _trust[i] = w.Trust;
        _threshold[i] = w.Threshold;
        _commitment[i] = w.Commitment;
        _lastContactWeek[i] = Units.Never;
        _lastActedWeek[i] = Units.Never;
        _organizer[i] = -1;
        _contactReturn[i] = 1;
        var f = WorkerFlags.Employed;
        if (w.OnCommittee) f |= WorkerFlags.Committee | WorkerFlags.EverCommittee | WorkerFlags.DeepContact;
        if (w.Steward) f |= WorkerFlags.Steward;
        if (w.MainstreamMember) f |= WorkerFlags.Mainstream;
        if (w.WouldLead) f |= WorkerFlags.WouldLead;
        SetFlags(i, f);
    }

    /// <summary>
    /// The week's one pass over the workers: first the week's dues and strike pay of each employed worker (docs/ODD.md
    /// §7.1, added to <paramref name="duesPaid"/> and <paramref name="strikePayLost"/> worker by worker, in worker order,
    /// so the sums are the same floating-point additions as a separate loop would make), then her weekly drift: grievance
    /// and fear return towards their starting levels; commitment decays where nobody keeps in touch (a committee member's
    /// more slowly; a coworker followed up within the maintenance interval holds hers); visibility fades; probation runs
    /// down. Relationships opened last week take their place in worker order.
    /// </summary>
    /// <remarks>
    /// Where the machine computes four doubles at once, the pass takes four workers at a time and the rest one by one;
    /// with <see cref="FoursAllowed"/> false it takes every worker one by one. Both make the same floating-point
    /// operations on every worker in the same order, so they leave the same workforce and the same sums to the last bit.
    /// </remarks>
    internal void Apply(WeekPassed x, in WeeklyPay pay, Tactics.StrikeState strike, ref double duesPaid, ref double strikePayLost)
    {
        var drift = new Responses.Drift(_spec.Behaviour, _scenario.Mechanics.Organizing, R);
        var maintenance = _scenario.Mechanics.Organizing.MaintenanceWeeks;
        var week = x.Week;
        // The arrays are read through references to their first elements: all of them have one length (Count, set when
        // the workforce is assembled) and the loop stays below it, so checking every access against its own array's length,
        // and keeping those lengths at hand, would be work the loop needs none of. The lengths are checked once here, so
        // that no access can leave an array even if that ever stops being true.
        var n = Count;
        if (_flags.Length < n || _wage.Length < n || _grievance.Length < n || _baseGrievance.Length < n || _fear.Length < n
            || _baseFear.Length < n || _commitment.Length < n || _visibility.Length < n || _lastContactWeek.Length < n
            || _probation.Length < n || _counted.Length < n)
        {
            throw new InvalidOperationException("The workforce's arrays are shorter than its count.");
        }

        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        ref var wage = ref MemoryMarshal.GetArrayDataReference(_wage);
        ref var grievance = ref MemoryMarshal.GetArrayDataReference(_grievance);
        ref var baseGrievance = ref MemoryMarshal.GetArrayDataReference(_baseGrievance);
        ref var fear = ref MemoryMarshal.GetArrayDataReference(_fear);
        ref var baseFear = ref MemoryMarshal.GetArrayDataReference(_baseFear);
        ref var commitment = ref MemoryMarshal.GetArrayDataReference(_commitment);
        ref var visibility = ref MemoryMarshal.GetArrayDataReference(_visibility);
        ref var lastContact = ref MemoryMarshal.GetArrayDataReference(_lastContactWeek);
        ref var probation = ref MemoryMarshal.GetArrayDataReference(_probation);
        var countedCommitment = _countedCommitment;
        var countedChange = 0;
        var dues = duesPaid;
        var lost = strikePayLost;
        var mainstreamPays = pay.UnionPresent ? WorkerFlags.Mainstream : 0;
        var mainstreamDuesRate = pay.MainstreamDuesRate;
        // With no solidarity member employed, every worker would add 0 to the dues, which leaves the sum as it was.
        var solidarityPays = SolidarityMembers > 0;
        var solidarityWeekly = pay.SolidarityWeekly;
        var striking = strike.On;
        // Where the machine computes four doubles at once, workers 0 to 4k − 1 are taken four at a time, each of the four
        // lanes making the operations the one-by-one loop below makes on its worker: a worker not employed is left as she
        // is (her lane computes and is not kept), a lane's factor 0 or 1 stands for the loop's branch exactly as there, and
        // the four dues of a step are added to the sum one after the other, in worker order (a worker not employed adds 0,
        // which leaves the sum exactly as it was, as it is never −0). The loop below takes the rest.
        var start = 0;
        if (FoursAllowed && Vector256.IsHardwareAccelerated)
        {
            var inFours = n - n % Lanes;
            ref var wasCounted = ref MemoryMarshal.GetArrayDataReference(_counted);
            var employedBit = Vector256.Create((ulong)WorkerFlags.Employed);
            var employedBit32 = Vector128.Create((uint)WorkerFlags.Employed);
            var committeeBit = Vector256.Create((ulong)WorkerFlags.Committee);
            var payingBits = Vector256.Create((ulong)(WorkerFlags.Employed | (pay.UnionPresent ? WorkerFlags.Mainstream : 0)));
            var solidarityBits = Vector256.Create((ulong)(WorkerFlags.Employed | WorkerFlags.Solidarity));
            var countedBits = Vector256.Create((ulong)(WorkerFlags.Employed | WorkerFlags.DeepContact | WorkerFlags.Committee));
            var deepOnly = Vector256.Create((ulong)(WorkerFlags.Employed | WorkerFlags.DeepContact));
            var one = Vector256.Create(1.0);
            var duesRate = Vector256.Create(pay.MainstreamDuesRate);
            var solidarityDues = Vector256.Create(pay.SolidarityWeekly);
            var unionDues = pay.UnionPresent;
            var grievanceRelaxation = Vector256.Create(drift.GrievanceRelaxation);
            var fearRelaxation = Vector256.Create(drift.FearRelaxation);
            var decay = Vector256.Create(drift.CommitmentDecay);
            var committeeDecay = Vector256.Create(drift.CommitteeDecayFactor);
            var committeeRetention = Vector256.Create(drift.CommitteeVisibilityRetention);
            var committeeVisibility = Vector256.Create(drift.CommitteeVisibility);
            var retention = Vector256.Create(drift.VisibilityRetention);
            var counted = Vector256.Create(_countedCommitment);
            var weekNow = Vector128.Create(week);
            var interval = Vector128.Create(maintenance);
            for (; start < inFours; start += Lanes)
            {
                var i = start;
                // Four workers' flags (16 bits each) and last contacts (32 bits), each widened to a 64-bit lane.
                var packed = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<WorkerFlags, byte>(ref Unsafe.Add(ref flags, i))));
                var f32 = Vector128.WidenLower(packed.AsUInt16());
                var f = Vector256.WidenLower(f32.ToVector256Unsafe());
                var employed = Vector256.Equals(f & employedBit, employedBit).AsDouble();
                var onCommittee = Vector256.Equals(f & committeeBit, committeeBit).AsDouble();
                var sinceContact = weekNow - Vector128.LoadUnsafe(ref lastContact, (nuint)i);
                var keptInTouch = Vector256.WidenLower(Vector128.LessThanOrEqual(sinceContact, interval).ToVector256Unsafe()).AsDouble();

                var hourly = Vector256.LoadUnsafe(ref wage, (nuint)i);
                if (unionDues || solidarityPays)
                {
                    // Without a union every worker's mainstream dues are 0, which leave the sum exactly as it was.
                    var owed = unionDues
                        ? hourly * duesRate * Vector256.ConditionalSelect(Vector256.Equals(f & payingBits, payingBits).AsDouble(), one, Vector256<double>.Zero)
                        : Vector256<double>.Zero;
                    var solidarity = solidarityDues * Vector256.ConditionalSelect(Vector256.Equals(f & solidarityBits, solidarityBits).AsDouble(), one, Vector256<double>.Zero);
                    for (var k = 0; k < Lanes; k++)
                    {
                        if (unionDues) dues += owed.GetElement(k);
                        if (solidarityPays) dues += solidarity.GetElement(k);
                    }
                }
                if (striking)
                {
                    for (var k = i; k < i + Lanes; k++)
                        if ((Unsafe.Add(ref flags, k) & WorkerFlags.Employed) != 0 && strike.IsStriking(k)) lost += Unsafe.Add(ref wage, k) * pay.StrikeHoursLost;
                }

                ref var g = ref Unsafe.Add(ref grievance, i);
                var g0 = Vector256.LoadUnsafe(ref g);
                Vector256.ConditionalSelect(employed, g0 + grievanceRelaxation * (Vector256.LoadUnsafe(ref baseGrievance, (nuint)i) - g0), g0).StoreUnsafe(ref g);
                ref var fe = ref Unsafe.Add(ref fear, i);
                var fe0 = Vector256.LoadUnsafe(ref fe);
                Vector256.ConditionalSelect(employed, fe0 + fearRelaxation * (Vector256.LoadUnsafe(ref baseFear, (nuint)i) - fe0), fe0).StoreUnsafe(ref fe);
                // A member's commitment decays by the committee's factor; anyone else's by 1, or by 0 when kept in touch.
                ref var c = ref Unsafe.Add(ref commitment, i);
                var c0 = Vector256.LoadUnsafe(ref c);
                var factor = Vector256.ConditionalSelect(onCommittee, committeeDecay, Vector256.ConditionalSelect(keptInTouch, Vector256<double>.Zero, one));
                var c1 = Vector256.ConditionalSelect(employed, c0 - decay * c0 * factor, c0);
                c1.StoreUnsafe(ref c);
                ref var v = ref Unsafe.Add(ref visibility, i);
                var v0 = Vector256.LoadUnsafe(ref v);
                var faded = Vector256.ConditionalSelect(onCommittee, Vector256.Max(v0 * committeeRetention, committeeVisibility), v0 * retention);
                Vector256.ConditionalSelect(employed, faded, v0).StoreUnsafe(ref v);
                ref var p = ref Unsafe.Add(ref probation, i);
                var p0 = Vector128.LoadUnsafe(ref p);
                // −1 in the lanes of employed workers whose probation is still running: it comes down by one.
                var employed32 = Vector128.Equals(f32 & employedBit32, employedBit32).AsInt32();
                (p0 + (employed32 & Vector128.GreaterThan(p0, Vector128<int>.Zero))).StoreUnsafe(ref p);

                // A deeply contacted, employed worker off the committee whose commitment crossed the counted level (Recount, as
                // one by one): the lanes where whether she is counted on now differs from whether she was.
                var packedCounted = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<uint>(ref Unsafe.As<bool, byte>(ref Unsafe.Add(ref wasCounted, i))));
                var was = Vector256.WidenLower(Vector128.WidenLower(Vector128.WidenLower(packedCounted.AsByte())).ToVector256Unsafe());
                var now = Vector256.GreaterThanOrEqual(c1, counted).AsUInt64();
                var crossed = Vector256.Equals(f & countedBits, deepOnly) & (now ^ ~Vector256.Equals(was, Vector256<ulong>.Zero));
                var lanes = crossed.ExtractMostSignificantBits();
                for (var k = 0; lanes != 0; k++, lanes >>= 1)
                {
                    if ((lanes & 1) == 0) continue;
                    var isCounted = !_counted[i + k];
                    _counted[i + k] = isCounted;
                    var sign = isCounted ? 1 : -1;
                    countedChange += sign;
                    _countedInDepartment[_department[i + k]] += sign;
                }
            }
        }

        for (var i = start; i < n; i++)
        {
            var f = Unsafe.Add(ref flags, i);
            if ((f & WorkerFlags.Employed) == 0) continue;
            // Without branches: a member pays her dues times 1, anyone else adds 0, which leaves the sum exactly as it was.
            double mainstream = (f & mainstreamPays) != 0 ? 1 : 0;
            var hourly = Unsafe.Add(ref wage, i);
            dues += hourly * mainstreamDuesRate * mainstream;
            if (solidarityPays)
            {
                double solidarity = (f & WorkerFlags.Solidarity) != 0 ? 1 : 0;
                dues += solidarityWeekly * solidarity;
            }
            if (striking && strike.IsStriking(i)) lost += hourly * pay.StrikeHoursLost;
            var onCommittee = (f & WorkerFlags.Committee) != 0;
            var keptInTouch = week - Unsafe.Add(ref lastContact, i) <= maintenance;
            ref var c = ref Unsafe.Add(ref commitment, i);
            Responses.Week(ref Unsafe.Add(ref grievance, i), Unsafe.Add(ref baseGrievance, i), ref Unsafe.Add(ref fear, i), Unsafe.Add(ref baseFear, i),
                ref c, ref Unsafe.Add(ref visibility, i), onCommittee, keptInTouch, drift);
            ref var p = ref Unsafe.Add(ref probation, i);
            p -= p > 0 ? 1 : 0;
            // Only a deeply contacted worker off the committee can stop (or start) being counted on as her commitment
            // moves (Recount, written out here: a call in this loop would make it keep its coefficients in memory).
            if ((f & (WorkerFlags.DeepContact | WorkerFlags.Committee)) != WorkerFlags.DeepContact) continue;
            var isCounted = c >= countedCommitment;
            if (_counted[i] == isCounted) continue;
            _counted[i] = isCounted;
            var sign = isCounted ? 1 : -1;
            countedChange += sign;
            _countedInDepartment[_department[i]] += sign;
        }

        Counted += countedChange;

        duesPaid = dues;
        strikePayLost = lost;

        foreach (var organizer in _organizersWhoOpened)
        {
            _held[organizer]!.Sort();
            _heldOpenedThisWeek[organizer] = false;
        }
        _organizersWhoOpened.Clear();
    }

    private static int Lanes => Vector256<double>.Count;

    /// <summary>Whether the week's pass may take four workers at a time where the machine can (tests compare it with one by one).</summary>
    internal bool FoursAllowed { get; set; } = true;


    /// <summary>Share of employed workers a committee can count on: members, and deeply contacted workers with at least <paramref name="counted"/> commitment.</summary>
    public double CommittedShare(double counted) => CommittedShare(counted, -1);

    /// <summary>The same share among the employed workers of one department (−1: the whole workplace).</summary>
    public double CommittedShare(double counted, int department)
    {
        var employed = department < 0 ? Employed : EmployedInDepartment(department);
        if (employed == 0) return 0;
        if (counted == _countedCommitment) return (double)(department < 0 ? Counted : CountedInDepartment(department)) / employed;
        var n = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!Has(i, WorkerFlags.Employed) || (department >= 0 && Department[i] != department)) continue;
            if (Has(i, WorkerFlags.Committee) || (Has(i, WorkerFlags.DeepContact) && _commitment[i] >= counted)) n++;
        }
        return (double)n / employed;
    }

    /// <summary>
    /// A conversation moves the worker's commitment towards a ceiling set by her receptiveness (not beyond: a coworker
    /// open to the organization only so far stays there), by less with each deep conversation she has already had; a committee
    /// member's conversation opens a relationship with her.
    /// </summary>
    internal void Apply(OneOnOneHeld x)
    {
        var i = x.Worker;
        var b = _spec.Behaviour;
        var o = _scenario.Mechanics.Organizing;
        var deep = x.Depth == ContactDepth.Deep;
        var gain = deep ? b.DeepContactGain * _contactReturn[i] : b.ShallowContactGain;
        Responses.Conversation(ref _commitment[i], ref _grievance[i], ref _fear[i], deep, gain, x.Openness, x.Appeal, o);
        _lastContactWeek[i] = x.Week;
        if (x.Organizer >= 0 && _organizer[i] < 0) Hold(x.Organizer, i);
        if (deep)
        {
            _contactReturn[i] *= o.RepeatContactReturn;
            _flags[i] |= WorkerFlags.DeepContact;
        }
        else
        {
            _flags[i] |= WorkerFlags.VoteContacted;
        }
        Recount(i);
    }

    internal void Apply(TrainingHeld x)
    {
        foreach (var i in x.Attendees)
        {
            Responses.Training(ref _commitment[i], ref _fear[i], _spec.Behaviour, R);
            Recount(i);
        }
    }

    internal void Apply(WorkerJoinedCommittee x)
    {
        SetFlags(x.Worker, _flags[x.Worker] | WorkerFlags.Committee | WorkerFlags.EverCommittee);
        _visibility[x.Worker] = Math.Max(_visibility[x.Worker], R.CommitteeVisibility);
        OnboardingLoad += _scenario.Mechanics.Organizing.OnboardingHours;
    }

    internal void Apply(WorkerLeftCommittee x)
    {
        SetFlags(x.Worker, _flags[x.Worker] & ~WorkerFlags.Committee);
        Lapse(x.Worker);
    }

    internal void Apply(CommitteeWeekPlanned x) => OnboardingLoad = Math.Max(0, OnboardingLoad - x.OnboardingHours);

    internal void Apply(WorkerJoinedOrganization x) =>
        SetFlags(x.Worker, _flags[x.Worker] | x.Organization switch
        {
            OrganizationKind.Mainstream => WorkerFlags.Mainstream,
            OrganizationKind.Solidarity => WorkerFlags.Solidarity,
            _ => WorkerFlags.Caucus,
        });

    internal void Apply(EmployerViolatedTerms x)
    {
        for (var i = 0; i < Count; i++)
            if (_department[i] == x.Department) _grievance[i] = Responses.Raised(_grievance[i], R.ViolationGrievance);
    }

    internal void Apply(GrievanceDecided x)
    {
        for (var i = 0; i < Count; i++)
            if (_department[i] == x.Department) Responses.GrievanceDecided(ref _grievance[i], ref _trust[i], x.Upheld, R);
    }

    /// <summary>Participants are seen and committed by acting: leaders are exposed, others shielded by the crowd.</summary>
    internal void Apply(ActionTaken x, TacticProfile profile)
    {
        var p = _scenario.Mechanics.Participation;
        var crowd = ShareOfEmployed(x.Participants.Length);
        foreach (var i in x.Participants)
        {
            Responses.Acted(ref _visibility[i], ref _commitment[i], profile.Risk, Has(i, WorkerFlags.Committee) ? 1.0 : 1.0 - crowd, p);
            _lastActedWeek[i] = x.Week;
            Recount(i);
        }
    }

    /// <summary>A won demand raises the wages of the classes it concerns, relieves grievance and encourages the deeply contacted.</summary>
    internal void Apply(DemandWon x, DemandState demand)
    {
        var relief = demand.Relief;
        var raise = 1 + x.WagePct / Units.Percent;
        var win = R.WinCommitment;
        for (var i = 0; i < Count; i++)
        {
            if (!Has(i, WorkerFlags.Employed)) continue;
            if (x.WagePct > 0 && demand.Concerns(_jobClass[i])) _wage[i] *= raise;
            _grievance[i] = Responses.Lowered(_grievance[i], relief);
            if (Has(i, WorkerFlags.DeepContact)) _commitment[i] = Responses.Raised(_commitment[i], win);
            Recount(i);
        }
    }

    /// <summary>A refusal angers everyone a little and discourages those the committee has organized.</summary>
    internal void Apply(DemandRefused x)
    {
        var r = R;
        for (var i = 0; i < Count; i++)
        {
            _grievance[i] = Responses.Raised(_grievance[i], r.RefusalGrievance);
            if (Has(i, WorkerFlags.DeepContact)) _commitment[i] = Responses.Lowered(_commitment[i], r.RefusalCommitmentLoss);
            Recount(i);
        }
    }

    /// <summary>A strike that ends in defeat discourages those still out at the end.</summary>
    internal void Apply(StrikeEnded x, Tactics.StrikeState strike)
    {
        if (x.Won) return;
        for (var i = 0; i < Count; i++)
        {
            if (!strike.IsStriking(i)) continue;
            _commitment[i] = Responses.Lowered(_commitment[i], R.DefeatCommitmentLoss);
            Recount(i);
        }
    }

    internal void Apply(WorkerDisciplined x)
    {
        _disciplines[x.Worker]++;
        _fear[x.Worker] = Clamp.Unit(_fear[x.Worker] + R.DisciplineFear);
        Chill(x.Worker, R.DisciplineChillFear, R.DisciplineChillAnger, 0);
    }

    /// <summary>
    /// Workers quit and new hires take their places: whatever the worker who left had — a committee seat, cards,
    /// memberships, relationships, visibility, disciplines — leaves with her, and the slot holds the new hire's profile
    /// (her wage is the place's wage, so a raise the campaign won stays with the job).
    /// </summary>
    internal void Apply(WorkersQuit x)
    {
        for (var k = 0; k < x.Workers.Length; k++)
        {
            var i = x.Workers[k];
            var h = x.Hires[k];
            if (Has(i, WorkerFlags.EverCommittee)) LeadersWhoLeft++;
            Separate(i);
            if (_organizer[i] >= 0) _held[_organizer[i]]?.Remove(i);
            _visibility[i] = 0;
            _disciplines[i] = 0;
            Start(i, h);
        }
    }

    /// <summary>Workers who had served on the committee and have since quit (their places hold new hires).</summary>
    public int LeadersWhoLeft { get; private set; }

    internal void Apply(WorkerFired x)
    {
        Separate(x.Worker);
        SetFlags(x.Worker, _flags[x.Worker] | WorkerFlags.Fired);
        Chill(x.Worker, R.FiringChillFear, R.FiringChillAnger, R.FiringChillCommitment);
    }

    /// <summary>A fired worker back at work; her ties are relieved and encouraged.</summary>
    internal void Apply(RemedyDecided x)
    {
        if (x.Returned) Reinstate(x.Worker);
    }

    internal void Apply(WorkerReinstated x) => Reinstate(x.Worker);

    internal void Apply(CaptiveAudienceMeetingHeld x)
    {
        for (var i = 0; i < Count; i++)
        {
            if (!Has(i, WorkerFlags.Employed) || Has(i, WorkerFlags.Committee)) continue;
            Responses.CaptiveAudience(ref _fear[i], ref _commitment[i], R);
            Recount(i);
        }
    }

    internal void Apply(UnionElectionHeld x)
    {
        if (x.CaucusWon) return;
        var loss = _scenario.Mechanics.Elections.ElectionLossCommitment;
        for (var i = 0; i < Count; i++)
        {
            if (!Has(i, WorkerFlags.Caucus)) continue;
            _commitment[i] = Math.Max(0, _commitment[i] - loss);
            Recount(i);
        }
    }

    internal void Apply(CaucusDisaffiliated x)
    {
        for (var i = 0; i < Count; i++)
            if (Has(i, WorkerFlags.Caucus) || Has(i, WorkerFlags.Committee))
                SetFlags(i, (_flags[i] & ~WorkerFlags.Caucus) | WorkerFlags.Solidarity);
    }

    /// <summary>A contract's raise reaches the bargaining unit's employed workers.</summary>
    internal void Apply(ContractRatified x)
    {
        var raise = 1 + x.WagePct / Units.Percent;
        for (var i = 0; i < Count; i++)
            if (InUnit(i) && Has(i, WorkerFlags.Employed)) _wage[i] *= raise;
    }

    internal void Apply(CardsSigned x)
    {
        foreach (var i in x.Workers)
        {
            _flags[i] |= WorkerFlags.CardSigned;
            _visibility[i] = Math.Max(_visibility[i], R.CardSignerVisibility);
        }
    }

    /// <summary>
    /// A lost certification election ends the drive's showing of interest: its cards are stale by the time the election
    /// bar lets the union file again, so a new petition needs new cards (docs/ODD.md §7.14), and the defeat costs those
    /// who signed some of their commitment.
    /// </summary>
    internal void Apply(CertificationElectionHeld x)
    {
        if (x.Won) return;
        var loss = _scenario.Mechanics.Elections.ElectionLossCommitment;
        for (var i = 0; i < Count; i++)
        {
            if (!Has(i, WorkerFlags.CardSigned)) continue;
            _flags[i] &= ~WorkerFlags.CardSigned;
            _commitment[i] = Math.Max(0, _commitment[i] - loss);
            Recount(i);
        }
    }

    internal void Apply(DecertificationElectionHeld x)
    {
        if (!x.Decertified) return;
        for (var i = 0; i < Count; i++) SetFlags(i, _flags[i] & ~(WorkerFlags.Mainstream | WorkerFlags.Steward));
    }

    internal void Apply(WorkersLaidOff x)
    {
        foreach (var i in x.Workers) Separate(i);
        for (var i = 0; i < Count; i++) _fear[i] = Clamp.Unit(_fear[i] + R.LayoffFear);
    }

    internal void Apply(ConditionsWorsened x)
    {
        for (var i = 0; i < Count; i++) _grievance[i] = Responses.Raised(_grievance[i], x.GrievanceAdded);
    }

    private void Separate(int i)
    {
        if (!Has(i, WorkerFlags.Employed)) return;
        SetFlags(i, _flags[i] & ~(WorkerFlags.Employed | WorkerFlags.Committee));
        Lapse(i);
    }

    /// <summary>Changes a worker's flags and the counts and lists kept by them.</summary>
    private void SetFlags(int i, WorkerFlags flags)
    {
        const WorkerFlags member = WorkerFlags.Employed | WorkerFlags.Committee;
        var was = (_flags[i] & member) == member;
        Tally(i, _flags[i], -1);
        _flags[i] = flags;
        Tally(i, flags, 1);
        Recount(i);
        var now = (flags & member) == member;
        if (was == now) return;
        var at = _committee.BinarySearch(i);
        if (now) _committee.Insert(~at, i);
        else _committee.RemoveAt(at);
    }

    private void Tally(int i, WorkerFlags f, int sign)
    {
        if ((f & WorkerFlags.Employed) == 0) return;
        var committee = (f & WorkerFlags.Committee) != 0;
        Employed += sign;
        _employedInClass[_jobClass[i]] += sign;
        _employedInDepartment[_department[i]] += sign;
        if (_inUnitClass[_jobClass[i]]) EmployedInUnit += sign;
        if (committee)
        {
            CommitteeSize += sign;
            _committeeInDepartment[_department[i]] += sign;
        }
        else if ((f & WorkerFlags.Steward) != 0)
        {
            _stewardsOffCommitteeInDepartment[_department[i]] += sign;
        }

        if (committee || (f & WorkerFlags.Solidarity) != 0) SolidarityOrCommittee += sign;
        if ((f & WorkerFlags.Solidarity) != 0) SolidarityMembers += sign;
    }

    /// <summary>Whether the committee counts on worker <paramref name="i"/> now (see <see cref="Counted"/>), and the counts kept by it.</summary>
    private void Recount(int i)
    {
        var f = _flags[i];
        var counted = (f & WorkerFlags.Employed) != 0
                      && ((f & WorkerFlags.Committee) != 0 || ((f & WorkerFlags.DeepContact) != 0 && _commitment[i] >= _countedCommitment));
        if (counted == _counted[i]) return;
        _counted[i] = counted;
        var sign = counted ? 1 : -1;
        Counted += sign;
        _countedInDepartment[_department[i]] += sign;
    }

    /// <summary>A committee member opens an organizing relationship with worker <paramref name="i"/>.</summary>
    private void Hold(int organizer, int i)
    {
        _organizer[i] = organizer;
        (_held[organizer] ??= []).Add(i);
        if (_heldOpenedThisWeek[organizer]) return;
        _heldOpenedThisWeek[organizer] = true;
        _organizersWhoOpened.Add(organizer);
    }

    /// <summary>The relationships an organizer kept up lapse when she leaves the committee or the workplace.</summary>
    private void Lapse(int organizer)
    {
        if (_held[organizer] is not { } list) return;
        foreach (var j in list) _organizer[j] = -1;
        list.Clear();
    }

    private void Reinstate(int i)
    {
        if (Has(i, WorkerFlags.Employed)) return;
        SetFlags(i, (_flags[i] | WorkerFlags.Employed) & ~WorkerFlags.Fired);
        Chill(i, -R.ReinstatementRelief, 0, 0);
        if (Ties is null) return;
        foreach (var j in Ties[i])
        {
            _commitment[j] = Responses.Raised(_commitment[j], R.ReinstatementCommitment);
            Recount(j);
        }
    }

    /// <summary>Fear, anger and discouragement spreading to a worker's ties after retaliation; negative fear relieves.</summary>
    private void Chill(int worker, double fear, double anger, double discouragement)
    {
        if (Ties is null)
        {
            var share = R.ChillWithoutTies;
            for (var j = 0; j < Count; j++)
            {
                if (j == worker) continue;
                Responses.Chilled(ref _fear[j], ref _grievance[j], ref _commitment[j], fear * share, anger * share, discouragement * share);
                Recount(j);
            }
            return;
        }

        foreach (var j in Ties[worker])
        {
            Responses.Chilled(ref _fear[j], ref _grievance[j], ref _commitment[j], fear, anger, discouragement);
            Recount(j);
        }
    }

    /// <summary>Feeds every worker's state into a digest.</summary>
    internal void Digest(Action<double> d, Action<int> n)
    {
        for (var i = 0; i < Count; i++)
        {
            d(_wage[i]); d(_grievance[i]); d(_fear[i]); d(_commitment[i]); d(_trust[i]); d(_visibility[i]);
            n(_probation[i]); n(_disciplines[i]); n(_lastContactWeek[i]); n(_lastActedWeek[i]); n((int)_flags[i]); n(_organizer[i]); d(_contactReturn[i]);
        }
        n(Employed); n(CommitteeSize); d(OnboardingLoad);
    }
}
