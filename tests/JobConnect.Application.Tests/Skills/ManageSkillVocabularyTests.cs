using JobConnect.Application.Common;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Tests.Matching;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Skills;

/// <summary>Organizers extend the vocabulary; rankings follow at once because a change moves the matching stamp.</summary>
public sealed class ManageSkillVocabularyTests : MatchingFixture
{
    private ManageSkillVocabulary Manage => new(Db, new SkillVocabularyInputValidator(), Clock);
    private LookUpSkills LookUp => new(Db);

    private Task ChangeAsync(SkillChangeKind kind, string wording, string into) =>
        Manage.ChangeAsync(Organizer, new SkillVocabularyInput { Kind = kind, Wording = wording, Into = into }, Ct);

    private async Task AskForAsync(string skill)
    {
        await Db.QueryAsync(async db =>
        {
            (await db.Vacancies.SingleAsync(v => v.Id == Welder.Id, Ct)).Skills = [new VacancySkill { Name = skill, Required = true }];
            (await db.Jobseekers.SingleAsync(j => j.Id == Exact.Id, Ct)).Skills = ["Hubwagenschein"];
            return await db.SaveChangesAsync(Ct);
        });
    }

    [Fact]
    public async Task A_new_synonym_moves_the_stamp_and_the_ranking_counts_it_at_once()
    {
        await AskForAsync("Staplerschein");
        var before = await Cache.CurrentAsync(Ct);
        var missing = Assert.Single((await Candidates.HandleAsync(CaseworkerA, Welder.Id, new(), Ct)).Ranked, c => c.JobseekerId == Exact.Id);
        Assert.True(missing.Match.MissesMustHave);

        await ChangeAsync(SkillChangeKind.AddSynonym, "Hubwagenschein", "staplerschein");

        Assert.False(await Cache.IsCurrentAsync(before!.Version, Ct));
        var covered = Assert.Single((await Candidates.HandleAsync(CaseworkerA, Welder.Id, new(), Ct)).Ranked, c => c.JobseekerId == Exact.Id);
        Assert.False(covered.Match.MissesMustHave);
        Assert.Equal([new Domain.Matching.SkillMatch("Staplerschein", "Hubwagenschein")], covered.Match[Domain.Matching.MatchCriterion.MustHaveSkills].Matched);
        var log = Assert.Single((await Manage.GetAsync(Organizer, "hubwagen", Ct)).Changes);
        Assert.Equal(("Hubwagenschein", "Staplerschein"), (log.Wording, log.Into)); // stored under the term's name
    }

    [Fact]
    public async Task Merging_takes_the_synonyms_along_and_new_terms_are_recognised()
    {
        await ChangeAsync(SkillChangeKind.Merge, "Schubmaststapler", "Staplerschein");
        await ChangeAsync(SkillChangeKind.AddTerm, "Korbflechten", "Produktion und Technik");

        var chips = await LookUp.ReadAsync(EmployerUser, ["Schubmaster", "korbflechten", "Korbflechtn"], Ct);

        Assert.Equal([("Staplerschein", SkillRecognition.Synonym), ("Korbflechten", SkillRecognition.Canonical), (null, SkillRecognition.Unknown)],
            chips.Select(c => (c.Term, c.Recognition)));
        Assert.Equal("Korbflechten", chips[2].DidYouMean);
        Assert.Contains("Korbflechten", await LookUp.SuggestAsync(CaseworkerA, "korb", ct: Ct));
    }

    [Theory]
    [InlineData(SkillChangeKind.AddSynonym, "Hubwagenschein", "Kein solcher Begriff", SkillMessages.UnknownTerm)]
    [InlineData(SkillChangeKind.AddSynonym, "Gabelstaplerschein", "Staplerschein", SkillMessages.AlreadyKnown)]
    [InlineData(SkillChangeKind.AddSynonym, "Führerschein B", "Staplerschein", SkillMessages.IsATerm)]
    [InlineData(SkillChangeKind.Merge, "Gabelstaplerschein", "Staplerschein", SkillMessages.SameTerm)]
    [InlineData(SkillChangeKind.Merge, "Kein solcher Begriff", "Staplerschein", SkillMessages.UnknownTerm)]
    [InlineData(SkillChangeKind.AddTerm, "Flurförderzeugschein", "Logistik und Verkehr", SkillMessages.AlreadyKnown)]
    [InlineData(SkillChangeKind.AddTerm, "Korbflechten", "Kein Bereich", SkillMessages.UnknownArea)]
    public async Task Changes_that_make_no_sense_are_refused_and_change_nothing(SkillChangeKind kind, string wording, string into, string message)
    {
        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => ChangeAsync(kind, wording, into));

        Assert.Equal(message, refusal.MessageKey);
        Assert.Equal(0, await Db.QueryAsync(db => db.SkillVocabularyChanges.CountAsync(Ct)));
    }

    [Fact]
    public async Task Blank_input_is_a_validation_error()
    {
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => ChangeAsync(SkillChangeKind.AddSynonym, "  ", ""));

        Assert.Equal([SkillMessages.WordingRequired, SkillMessages.IntoRequired], error.Errors.Select(e => e.ErrorMessage));
    }
}
