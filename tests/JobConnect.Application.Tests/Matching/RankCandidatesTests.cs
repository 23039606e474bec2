using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Matching;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Matching;

public sealed class RankCandidatesTests : MatchingFixture
{
    [Fact]
    public async Task A_caseworker_sees_their_own_caseload_ranked_best_first_and_no_one_of_another_agency()
    {
        var result = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);

        Assert.Equal([Exact.Id, SameGroup.Id, Unrelated.Id], result.Ranked.Select(c => c.JobseekerId));
        Assert.True(result.Ranked[0].Match.Score > result.Ranked[1].Match.Score);
        Assert.Equal(MatchReason.OccupationExact, result.Ranked[0].Match[MatchCriterion.Occupation].Reason);
        Assert.DoesNotContain(result.Ranked.Concat(result.Excluded), c => c.JobseekerId == OtherAgencysBest.Id);
        Assert.Equal("Nordhessen Metall GmbH", result.Vacancy.EmployerName);

        var theirs = await Candidates.HandleAsync(CaseworkerB, Welder.Id, new CandidateFilter(), Ct);
        Assert.Equal([OtherAgencysBest.Id], theirs.Ranked.Select(c => c.JobseekerId));
    }

    [Fact]
    public async Task Hard_requirements_list_the_person_as_excluded_with_the_reason_but_not_people_of_another_phase()
    {
        var result = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);

        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(TooFar.Id, excluded.JobseekerId);
        Assert.Equal(ExclusionReason.BeyondCommute, Assert.Single(excluded.Match.Exclusions).Reason);
        Assert.DoesNotContain(result.Ranked.Concat(result.Excluded), c => c.JobseekerId == Pupil.Id);
    }

    [Fact]
    public async Task Filters_minimum_score_phase_and_not_yet_invited()
    {
        var all = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);
        var threshold = all.Ranked[1].Match.Score;

        var good = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(MinimumScore: threshold), Ct);
        Assert.Equal([Exact.Id, SameGroup.Id], good.Ranked.Select(c => c.JobseekerId));
        Assert.All(good.Ranked, c => Assert.True(c.Match.Score >= threshold));

        var afternoon = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(TargetGroup: TargetGroup.SchoolLeaver), Ct);
        Assert.Empty(afternoon.Ranked);

        await new InviteJobseekers(Db, Clock).HandleAsync(CaseworkerA, [Exact.Id], Ct);
        var withInvited = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct);
        Assert.True(withInvited.Ranked.Single(c => c.JobseekerId == Exact.Id).IsInvited);
        var notInvited = await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(NotInvitedOnly: true), Ct);
        Assert.Equal([SameGroup.Id, Unrelated.Id], notInvited.Ranked.Select(c => c.JobseekerId));
    }

    [Fact]
    public async Task The_person_page_ranks_open_vacancies_and_explains_the_excluded_ones()
    {
        var far = TestData.Vacancy(Fair.Id, EmployerId);
        far.Title = "Schweißer/in Bad Hersfeld";
        far.Postcode = "36251";
        var withdrawn = TestData.Vacancy(Fair.Id, EmployerId);
        withdrawn.Status = VacancyStatus.Withdrawn;
        await Db.InsertAsync(far);
        await Db.InsertAsync(withdrawn);

        var result = await Vacancies.HandleAsync(CaseworkerA, Exact.Id, Ct);

        Assert.Equal([Welder.Id], result.Ranked.Select(m => m.Vacancy.Id));
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(far.Id, excluded.Vacancy.Id);
        Assert.Equal(ExclusionReason.BeyondCommute, Assert.Single(excluded.Match.Exclusions).Reason);
        Assert.Equal("Abel", result.Person.LastName);
    }

    [Fact]
    public async Task Another_agencys_person_and_a_closed_vacancy_are_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Vacancies.HandleAsync(CaseworkerB, Exact.Id, Ct));
        await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct); // cached while open

        await new ChangeVacancyStatus(Db, Clock).MarkFilledAsync(Organizer, Welder.Id, Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct));
    }

    [Fact]
    public async Task The_overview_counts_only_the_callers_caseload_and_only_for_caseworkers()
    {
        var mine = Assert.Single((await Overview.HandleAsync(CaseworkerA, goodScore: 0, Ct))!.Vacancies);
        var theirs = Assert.Single((await Overview.HandleAsync(CaseworkerB, goodScore: 0, Ct))!.Vacancies);

        Assert.Equal(3, mine.Candidates); // Abel, Berger, Claus — not Zander of agency B
        Assert.Equal(1, theirs.Candidates);
        var scores = (await Candidates.HandleAsync(CaseworkerA, Welder.Id, new CandidateFilter(), Ct)).Ranked.Select(c => c.Match.Score).ToList();
        Assert.Equal(scores[0], mine.BestScore);
        var strict = Assert.Single((await Overview.HandleAsync(CaseworkerA, goodScore: scores[1], Ct))!.Vacancies);
        Assert.Equal(2, strict.Good);
        foreach (var scope in new[] { Organizer, EmployerUser })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Overview.HandleAsync(scope, 0, Ct));
        }
    }

    [Fact]
    public async Task Organizers_and_employers_are_refused_both_rankings()
    {
        foreach (var scope in new[] { Organizer, EmployerUser })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Candidates.HandleAsync(scope, Welder.Id, new CandidateFilter(), Ct));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Vacancies.HandleAsync(scope, Exact.Id, Ct));
        }
    }
}
