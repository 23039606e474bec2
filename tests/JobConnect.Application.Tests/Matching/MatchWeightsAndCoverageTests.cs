using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Matching;
using JobConnect.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Matching;

public sealed class MatchWeightsAndCoverageTests : MatchingFixture
{
    [Fact]
    public async Task A_new_fair_starts_with_the_default_weights_and_an_organizer_changes_and_resets_them()
    {
        Assert.Equal(MatchWeights.Default, await Weights.GetAsync(Organizer, Ct));

        var input = MatchWeightsInput.From(MatchWeights.Default);
        input.Distance = 40;
        input.StartDate = 0;
        await Weights.SaveAsync(Organizer, input, Ct);
        var stored = await Db.QueryAsync(db => db.Fairs.Select(f => f.MatchWeights).SingleAsync(Ct));
        Assert.Equal(40, stored.Distance);
        Assert.Equal(0, stored.StartDate);
        Assert.Equal(MatchWeights.Default.Occupation, stored.Occupation);

        Assert.Equal(MatchWeights.Default, await Weights.ResetAsync(Organizer, Ct));
        Assert.Equal(MatchWeights.Default, await Weights.GetAsync(Organizer, Ct));
    }

    [Theory]
    [InlineData(101, 0, MatchWeightsMessages.OutOfRange)]
    [InlineData(-1, 10, MatchWeightsMessages.OutOfRange)]
    [InlineData(0, 0, MatchWeightsMessages.AllZero)]
    public async Task Invalid_weights_are_refused_with_a_message_and_nothing_is_stored(int occupation, int distance, string message)
    {
        var input = new MatchWeightsInput { Occupation = occupation, Distance = distance };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Weights.SaveAsync(Organizer, input, Ct));

        Assert.Contains(error.Errors, e => e.ErrorMessage == message);
        Assert.Equal(MatchWeights.Default, await Weights.GetAsync(Organizer, Ct));
    }

    [Fact]
    public async Task Only_organizers_read_or_change_weights()
    {
        foreach (var scope in new[] { CaseworkerA, EmployerUser })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Weights.GetAsync(scope, Ct));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Weights.SaveAsync(scope, new MatchWeightsInput { Occupation = 1 }, Ct));
            await Assert.ThrowsAsync<AccessDeniedException>(() => Weights.ResetAsync(scope, Ct));
        }
        Assert.Equal(MatchWeights.Default, await Weights.GetAsync(Organizer, Ct));
    }

    [Fact]
    public async Task Coverage_counts_good_candidates_of_all_agencies_and_flags_too_few()
    {
        var scores = (await Cache.CurrentAsync(Ct))!.Ranking.ForVacancy(Welder.Id).ToDictionary(m => m.JobseekerId, m => m.Score);
        var good = scores[SameGroup.Id]; // exact matches (A and B) and the same-group person reach it, the unrelated one not
        await new InviteJobseekers(Db, Clock).HandleAsync(CaseworkerB, [OtherAgencysBest.Id], Ct);

        var coverage = (await Coverage.HandleAsync(Organizer, new CoverageQuery(GoodScore: good, WantedPerOpening: 2), Ct))!;

        var row = Assert.Single(coverage.Vacancies);
        Assert.Equal(4, row.Candidates); // Abel, Berger, Claus, Zander; Dietz is too far, Ernst in the afternoon
        Assert.Equal(3, row.Good);
        Assert.Equal(2, row.GoodByAgency[AgencyA]);
        Assert.Equal(1, row.GoodByAgency[AgencyB]);
        Assert.Equal(1, row.GoodInvited);
        Assert.Equal(4, row.Wanted); // 2 openings × 2
        Assert.True(row.IsLow);
        Assert.Equal(2, coverage.Agencies.Count);

        var lenient = (await Coverage.HandleAsync(Organizer, new CoverageQuery(GoodScore: good, WantedPerOpening: 1), Ct))!;
        Assert.False(Assert.Single(lenient.Vacancies).IsLow);
    }

    [Fact]
    public async Task Only_organizers_see_coverage()
    {
        foreach (var scope in new[] { CaseworkerA, EmployerUser })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => Coverage.HandleAsync(scope, new CoverageQuery(), Ct));
        }
    }
}
