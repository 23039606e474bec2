using JobConnect.Domain.Scheduling;

namespace JobConnect.Domain.Tests.Scheduling;

public sealed class CandidateSparsifierTests
{
    [Fact]
    public void Keeps_each_persons_top_pairs_and_each_employers_top_pairs()
    {
        var people = Enumerable.Range(1, 10).Select(i => new SchedulingPerson(i, 1)).ToList();
        var problem = new SchedulingProblem
        {
            SlotCount = 2,
            People = people,
            Employers = [new SchedulingEmployer(100, 1), new SchedulingEmployer(101, 1), new SchedulingEmployer(102, 1)],
            // Employer 102 is everyone's worst match, but its own best candidates must stay.
            Candidates = [.. people.SelectMany(p => new[]
            {
                new CandidatePair(p.Id, 100, 1, 90 - p.Id), new CandidatePair(p.Id, 101, 2, 80 - p.Id), new CandidatePair(p.Id, 102, 3, 10 + p.Id),
            })],
        };

        var sparse = CandidateSparsifier.Sparsify(problem, perPerson: 1, capacityFactor: 2);

        // Per person: employer 100. Employer 100, 101, 102: top 2 × 2 = 4 each.
        Assert.Equal(10 + 4 + 4, sparse.Candidates.Count);
        Assert.All(people, p => Assert.Contains(new CandidatePair(p.Id, 100, 1, 90 - p.Id), sparse.Candidates));
        Assert.Equal([7, 8, 9, 10], sparse.Candidates.Where(c => c.EmployerId == 102).Select(c => c.PersonId).Order());
        Assert.Equal([1, 2, 3, 4], sparse.Candidates.Where(c => c.EmployerId == 101).Select(c => c.PersonId).Order());
    }
}
