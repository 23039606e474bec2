using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace JobConnect.Domain.Matching;

/// <summary>
/// One thread's share of <see cref="FastMatcher"/>: every vacancy against the people in
/// [from, to). Points per pair follow <see cref="MatchRules"/> exactly; the vector kernel computes
/// 8 people at once and only lanes that beat a heap floor leave the vector code.
/// </summary>
internal sealed class MatchScan
{
    public static bool IsVectorised => Avx2.IsSupported;

    private static readonly Vector256<byte> NibbleBits = Vector256.Create(
        (byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);

    /// <summary>People per tile: their columns (~60 bytes a person) stay in L2 while every vacancy passes over them.</summary>
    public const int DefaultTileSize = 2048;

    private readonly MatchingPool _pool;
    private readonly MatchWeights _weights;
    private readonly PersonHeaps _people;
    private readonly int _topPerVacancy;
    private readonly int _from;
    private readonly int _to;
    private readonly int _tileSize;
    private readonly bool _vectorised;
    private readonly long[][] _vacancyHeaps;
    private readonly int[] _vacancyCounts;
    private readonly int[] _vacancyFloors;

    public MatchScan(MatchingPool pool, MatchWeights weights, PersonHeaps people, int topPerVacancy, int from, int to, bool vectorised, int tileSize = DefaultTileSize)
    {
        _tileSize = tileSize;
        _pool = pool;
        _weights = weights;
        _people = people;
        _topPerVacancy = topPerVacancy;
        _from = from;
        _to = to;
        _vectorised = vectorised && IsVectorised;
        _vacancyHeaps = new long[pool.VacancyCount][];
        _vacancyCounts = new int[pool.VacancyCount];
        _vacancyFloors = Enumerable.Repeat(-1, pool.VacancyCount).ToArray();
    }

    /// <summary>Per vacancy: the kept keys of this thread's people, unordered (after <see cref="Run"/>).</summary>
    public long[][] VacancyResults => _vacancyHeaps;

    public void Run()
    {
        // Tiles go in ascending person order and vacancies in ascending order within a tile, so both
        // heaps still see candidates in id order and an equal score never displaces an earlier entry.
        for (var tile = _from; tile < _to; tile += _tileSize)
        {
            var end = Math.Min(_to, tile + _tileSize);
            for (var j = 0; j < _pool.VacancyCount; j++)
            {
                if (_vectorised)
                {
                    ScanVector(j, tile, end);
                }
                else
                {
                    ScanScalar(j, tile, end);
                }
            }
        }

        for (var j = 0; j < _pool.VacancyCount; j++)
        {
            _vacancyHeaps[j] = _vacancyHeaps[j] is { } heap ? heap[.._vacancyCounts[j]] : [];
        }
    }

    /// <summary>Offers a scored pair to both heaps; the SGB III employer exclusion is checked here, as it is rare.</summary>
    private void Consider(int j, int i, int points)
    {
        if (_pool.ExcludedEmployers[i] is { } excluded && Array.BinarySearch(excluded, _pool.EmployerIds[j]) >= 0)
        {
            return;
        }

        if (points > _vacancyFloors[j])
        {
            var heap = _vacancyHeaps[j] ??= new long[_topPerVacancy];
            KeyHeap.Offer(heap, ref _vacancyCounts[j], RankingKey.Of(points, i));
            if (_vacancyCounts[j] == heap.Length)
            {
                _vacancyFloors[j] = RankingKey.Points(heap[0]);
            }
        }

        if (points > _people.Floors[i])
        {
            var heap = _people.Keys.AsSpan(i * _people.Capacity, _people.Capacity);
            KeyHeap.Offer(heap, ref _people.Counts[i], RankingKey.Of(points, j));
            if (_people.Counts[i] == _people.Capacity)
            {
                _people.Floors[i] = RankingKey.Points(heap[0]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanScalar(int j, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var points = Points(_pool, _weights, j, i);
            if (points >= 0 && (points > _vacancyFloors[j] || points > _people.Floors[i]))
            {
                Consider(j, i, points);
            }
        }
    }

    /// <summary>The points of person i for vacancy j, or −1 when a hard requirement fails (employer exclusion aside).</summary>
    internal static int Points(MatchingPool p, MatchWeights w, int j, int i)
    {
        if ((p.Phase[i] & p.VacancyPhases[j]) == 0 || p.Certificate[i] < p.MinimumCertificate[j] || (p.LicenceRequired[j] && p.Licence[i] == 0))
        {
            return MatchRules.ExcludedPoints;
        }

        var distance = MatchRules.Distance(p.DistanceRows[p.VacancyLocation[j]][p.Location[i]], p.Commute[i]);
        if (distance < 0)
        {
            return MatchRules.ExcludedPoints;
        }

        var occupation = 0;
        for (var s = 0; s < p.TargetSlots && p.Targets[s][i] >= 0; s++)
        {
            var (group4, level) = MatchingPool.UnpackKldb(p.Targets[s][i]);
            occupation = Math.Max(occupation, MatchRules.Occupation(group4, level, p.VacancyGroup4[j], p.VacancyLevel[j]));
        }

        int must = 0, nice = 0;
        for (var word = 0; word < p.SkillWords; word++)
        {
            must += BitOperations.PopCount((uint)(p.Skills[word][i] & p.MustWords[j][word]));
            nice += BitOperations.PopCount((uint)(p.Skills[word][i] & p.NiceWords[j][word]));
        }

        var points = (w.Occupation * occupation)
            + (w.MustHaveSkills * MatchRules.Skills(must, p.MustCount[j]))
            + (w.NiceToHaveSkills * MatchRules.Skills(nice, p.NiceCount[j]))
            + (w.Distance * distance)
            + (w.WorkingTime * MatchRules.WorkingTimeFit(p.WorkingTime[i], p.VacancyWorkingTime[j]))
            + (w.StartDate * MatchRules.StartDate(p.StartDay[i] - p.VacancyStartDay[j]))
            + (w.GermanLevel * MatchRules.German(p.German[i], p.VacancyGerman[j]));
        return MatchRules.MissesMustHave(must, p.MustCount[j]) ? MatchRules.CapMissingMustHave(points) : points;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load(int[] column, int i) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)i);

    /// <summary>Bits set per 32-bit lane: nibble table lookups (vpshufb), then the four byte counts summed by one multiply.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> PopCount(Vector256<int> x)
    {
        var mask = Vector256.Create((byte)0x0F);
        var low = Avx2.Shuffle(NibbleBits, x.AsByte() & mask);
        var high = Avx2.Shuffle(NibbleBits, Vector256.ShiftRightLogical(x.AsUInt16(), 4).AsByte() & mask);
        return Vector256.ShiftRightLogical((low + high).AsInt32() * Vector256.Create(0x01010101), 24);
    }

    /// <summary>
    /// Weighted skill points for the covered counts: an 8-entry table lookup (vpermd) when the vacancy
    /// asks for at most 7 skills, else a float division, exact for these small counts (rounded down).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> SkillPoints(Vector256<int> covered, int asked, Vector256<int> table, int weight) => asked < 8
        ? Avx2.PermuteVar8x32(table, covered)
        : Vector256.ConvertToInt32(Vector256.ConvertToSingle(covered * MatchRules.Full) / Vector256.Create((float)asked)) * weight;

    /// <summary>8-entry tables of weight × rule(index) for vpermd lookups, indexed by the person's value.</summary>
    private static Vector256<int> SkillTable(int weight, int asked)
    {
        Span<int> table = stackalloc int[8];
        for (var covered = 0; covered < 8; covered++)
        {
            table[covered] = weight * MatchRules.Skills(Math.Min(covered, asked), asked);
        }

        return Vector256.Create<int>(table);
    }

    private static Vector256<int> TimeTable(int weight, int vacancyMask)
    {
        Span<int> table = stackalloc int[8];
        for (var mask = 0; mask < 8; mask++)
        {
            table[mask] = weight * MatchRules.WorkingTimeFit(mask, vacancyMask);
        }

        return Vector256.Create<int>(table);
    }

    private static Vector256<int> GermanTable(int weight, int required)
    {
        Span<int> table = stackalloc int[8];
        for (var level = 0; level < 8; level++)
        {
            table[level] = weight * MatchRules.German(level, required);
        }

        return Vector256.Create<int>(table);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Select(Vector256<int> condition, int yes, Vector256<int> no) =>
        Vector256.ConditionalSelect(condition, Vector256.Create(yes), no);

    // Full optimisation from the first call: a fair's ranking calls this only a few thousand times.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe void ScanVector(int j, int from, int to)
    {
        var p = _pool;
        var w = _weights;
        var phases = Vector256.Create(p.VacancyPhases[j]);
        var minimumCertificate = Vector256.Create(p.MinimumCertificate[j]);
        var licenceRequired = p.LicenceRequired[j] ? Vector256<int>.AllBitsSet : Vector256<int>.Zero;
        var target = p.VacancyTarget[j];
        var subgroup4 = Vector256.Create(target >> 4);
        var group3 = Vector256.Create(target >> 8);
        var level = Vector256.Create(p.VacancyLevel[j]);
        // Criteria with few person values become lookups of weighted points indexed by the person's value.
        var timeTable = TimeTable(w.WorkingTime, p.VacancyWorkingTime[j]);
        var germanTable = GermanTable(w.GermanLevel, p.VacancyGerman[j]);
        var startDay = Vector256.Create(p.VacancyStartDay[j]);
        var (mustCount, niceCount) = (p.MustCount[j], p.NiceCount[j]);
        var mustTable = SkillTable(w.MustHaveSkills, mustCount);
        var niceTable = SkillTable(w.NiceToHaveSkills, niceCount);
        var mustWords = p.MustWords[j];
        var niceWords = p.NiceWords[j];
        // Only words holding a skill of this vacancy can add to the counts; usually one or two.
        Span<int> activeWords = stackalloc int[mustWords.Length];
        var activeCount = 0;
        for (var word = 0; word < mustWords.Length; word++)
        {
            if ((mustWords[word] | niceWords[word]) != 0)
            {
                activeWords[activeCount++] = word;
            }
        }

        activeWords = activeWords[..activeCount];
        var floor = Vector256.Create(_vacancyFloors[j]);

        fixed (int* distances = p.DistanceRows[p.VacancyLocation[j]])
        {
            for (var i = from; i < to; i += MatchingPool.Lanes)
            {
                var excluded = Vector256.Equals(Load(p.Phase, i) & phases, Vector256<int>.Zero)
                    | Vector256.LessThan(Load(p.Certificate, i), minimumCertificate)
                    | (licenceRequired & Vector256.Equals(Load(p.Licence, i), Vector256<int>.Zero));

                var occupation = Vector256<int>.Zero;
                for (var s = 0; s < p.TargetSlots; s++)
                {
                    var packed = Load(p.Targets[s], i);
                    var personLevel = packed & Vector256.Create(15);
                    var higher = Vector256.GreaterThanOrEqual(personLevel, level);
                    var subgroup = Select(Vector256.Equals(personLevel, level), MatchRules.Full,
                        Select(higher, MatchRules.OccupationSubgroupHigher, Vector256.Create(MatchRules.OccupationSubgroupLower)));
                    var group = Select(higher, MatchRules.OccupationGroupHigher, Vector256.Create(MatchRules.OccupationGroupLower));
                    var fit = Vector256.ConditionalSelect(Vector256.Equals(packed >> 4, subgroup4), subgroup,
                        Vector256.ConditionalSelect(Vector256.Equals(packed >> 8, group3), group, Vector256<int>.Zero));
                    occupation = Vector256.Max(occupation, fit);
                }

                Vector256<int> must = Vector256<int>.Zero, nice = Vector256<int>.Zero;
                foreach (var word in activeWords)
                {
                    var held = Load(p.Skills[word], i);
                    must += PopCount(held & Vector256.Create(mustWords[word]));
                    nice += PopCount(held & Vector256.Create(niceWords[word]));
                }

                var distance = Avx2.GatherVector256(distances, Load(p.Location, i), 4);
                var commute = Load(p.Commute, i);
                var near = Select(Vector256.LessThan(distance, Vector256<int>.Zero), MatchRules.DistanceUnknown,
                    Select(Vector256.LessThanOrEqual(distance << 2, commute), MatchRules.Full,
                    Select(Vector256.LessThanOrEqual(distance << 1, commute), 80,
                    Select(Vector256.LessThanOrEqual(distance << 2, commute + commute + commute), 65,
                    Select(Vector256.LessThanOrEqual(distance, commute), 50, Vector256.Create(MatchRules.ExcludedPoints))))));
                excluded |= Vector256.LessThan(near, Vector256<int>.Zero);

                var late = Load(p.StartDay, i) - startDay;
                var start = Select(Vector256.LessThanOrEqual(late, Vector256<int>.Zero), MatchRules.Full,
                    Select(Vector256.LessThanOrEqual(late, Vector256.Create(30)), 75,
                    Select(Vector256.LessThanOrEqual(late, Vector256.Create(90)), 50, Vector256<int>.Zero)));

                var points = (occupation * w.Occupation)
                    + SkillPoints(must, mustCount, mustTable, w.MustHaveSkills)
                    + SkillPoints(nice, niceCount, niceTable, w.NiceToHaveSkills)
                    + (near * w.Distance)
                    + Avx2.PermuteVar8x32(timeTable, Load(p.WorkingTime, i))
                    + (start * w.StartDate)
                    + Avx2.PermuteVar8x32(germanTable, Load(p.German, i));
                // A missing must-have keeps 3/8 of the points (MatchRules.CapMissingMustHave).
                points = Vector256.ConditionalSelect(Vector256.LessThan(must, Vector256.Create(mustCount)),
                    Vector256.ShiftRightArithmetic(points * 3, 3), points);
                points = Vector256.ConditionalSelect(excluded, Vector256.Create(MatchRules.ExcludedPoints), points);

                var candidates = Vector256.GreaterThan(points, floor) | Vector256.GreaterThan(points, Load(_people.Floors, i));
                if (candidates != Vector256<int>.Zero)
                {
                    var lanes = candidates.ExtractMostSignificantBits();
                    while (lanes != 0)
                    {
                        var lane = BitOperations.TrailingZeroCount(lanes);
                        Consider(j, i + lane, points.GetElement(lane));
                        lanes &= lanes - 1;
                    }

                    floor = Vector256.Create(_vacancyFloors[j]);
                }
            }
        }
    }
}
