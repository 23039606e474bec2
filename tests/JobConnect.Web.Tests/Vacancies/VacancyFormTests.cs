using System.Globalization;
using System.Security.Claims;
using JobConnect.Application.Identity;
using Bunit;
using FluentValidation;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using JobConnect.Web.Components.Vacancies;
using JobConnect.Web.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace JobConnect.Web.Tests.Vacancies;

public sealed class VacancyFormTests : DatabaseComponentTestContext
{
    public VacancyFormTests() : base("vacancy-form")
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero));
        Services.AddSingleton<IValidator<VacancyInput>>(new VacancyInputValidator(clock));
        // The skills input reads the vocabulary from the database (shipped terms plus organizer changes).
        Services.AddSingleton(new LookUpSkills(DbFactory));
        Authorization.SetAuthorized("Arbeitgeber").SetRoles(Roles.Employer)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, "employer-1"), new Claim(ScopeClaims.EmployerId, "1"));
        Render<MudPopoverProvider>();
    }

    private IRenderedComponent<VacancyForm> RenderForm(VacancyInput input, TargetGroups attended = TargetGroups.Both) =>
        Render<VacancyForm>(p => p.Add(x => x.Input, input).Add(x => x.AttendedPhases, attended));

    private static VacancyInput ValidJob() => new()
    {
        Kind = VacancyKind.Job,
        Title = "Lagerhelfer/in",
        KldbCode = "51311",
        Postcode = "34253",
        StartDate = new DateOnly(2027, 4, 1),
        Phases = TargetGroups.Adults,
    };

    /// <summary>The error text MudBlazor renders under the input that carries <paramref name="testId"/>.</summary>
    private static string ErrorUnder(IRenderedComponent<VacancyForm> form, string testId)
    {
        var input = form.Find($"[data-testid={testId}]");
        var control = input.Closest(".mud-input-control") ?? throw new InvalidOperationException($"{testId} is not inside a MudBlazor input control.");
        return string.Join(" | ", control.QuerySelectorAll(".mud-input-control-helper-container .mud-input-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }

    [Fact]
    public void School_certificate_is_asked_only_for_apprenticeships()
    {
        var job = RenderForm(ValidJob());
        var apprenticeship = RenderForm(new VacancyInput { Kind = VacancyKind.Apprenticeship });

        Assert.Empty(job.FindAll("[data-testid=school-certificate]"));
        Assert.Single(apprenticeship.FindAll("[data-testid=school-certificate]"));
    }

    [Fact]
    public void Switching_to_job_hides_and_clears_the_school_certificate()
    {
        var input = new VacancyInput { Kind = VacancyKind.Apprenticeship, MinimumSchoolCertificate = SchoolCertificate.Abitur };
        var form = RenderForm(input);

        form.Find("input[data-testid=kind-job]").Click();

        Assert.Equal(VacancyKind.Job, input.Kind);
        Assert.Null(input.MinimumSchoolCertificate);
        Assert.Empty(form.FindAll("[data-testid=school-certificate]"));
    }

    [Fact]
    public async Task Submitting_an_empty_apprenticeship_shows_german_messages_next_to_each_field()
    {
        var form = RenderForm(new VacancyInput { Kind = VacancyKind.Apprenticeship, Phases = TargetGroups.None, WorkingTime = WorkingTime.None });

        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        Assert.Equal("Bitte geben Sie einen Titel ein.", ErrorUnder(form, "title"));
        Assert.Equal("Bitte wählen Sie einen Beruf aus der Liste.", ErrorUnder(form, "occupation"));
        Assert.Equal("Bitte geben Sie die Postleitzahl des Arbeitsorts ein.", ErrorUnder(form, "postcode"));
        Assert.Equal("Bitte geben Sie den Beginn an.", ErrorUnder(form, "start-date"));
        Assert.Equal("Bitte geben Sie für Ausbildungsplätze den mindestens erforderlichen Schulabschluss an.", ErrorUnder(form, "school-certificate"));
        Assert.Equal("Bitte wählen Sie mindestens eine Zielgruppe.", form.Find("[data-testid=phase-errors]").TextContent);
        Assert.Equal("Bitte wählen Sie mindestens ein Arbeitszeitmodell.", form.Find("[data-testid=working-time-errors]").TextContent);
    }

    [Fact]
    public async Task A_valid_job_passes_and_shows_no_message()
    {
        var form = RenderForm(ValidJob());

        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateAsync()));
        Assert.Empty(form.FindAll(".mud-input-error"));
        Assert.Empty(form.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_wrong_postcode_is_explained_and_the_typed_value_kept()
    {
        var input = ValidJob();
        var form = RenderForm(input);

        form.Find("input[data-testid=postcode]").Change("3411");

        Assert.Equal("Bitte geben Sie eine deutsche Postleitzahl mit 5 Ziffern ein (z. B. 34117).", ErrorUnder(form, "postcode"));
        Assert.Equal("3411", input.Postcode);
    }

    [Fact]
    public void Openings_below_one_are_explained()
    {
        var form = RenderForm(ValidJob());

        form.Find("input[data-testid=openings]").Change("0");

        Assert.Equal("Es muss mindestens 1 Platz angeboten werden.", ErrorUnder(form, "openings"));
    }

    [Fact]
    public async Task A_start_in_the_past_is_explained()
    {
        var input = ValidJob();
        input.StartDate = new DateOnly(2027, 1, 9);
        var form = RenderForm(input);

        await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.Equal("Der Beginn darf nicht in der Vergangenheit liegen.", ErrorUnder(form, "start-date"));
    }

    [Fact]
    public async Task Phases_the_company_does_not_attend_cannot_be_ticked_and_are_explained()
    {
        var input = ValidJob();
        var form = RenderForm(input, attended: TargetGroups.SchoolLeavers);

        await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.Equal("Ihr Unternehmen nimmt für diese Zielgruppe nicht an der Messe teil.", form.Find("[data-testid=phase-errors]").TextContent);
        form.Find("input[data-testid=group-Adult]").Change(false);
        Assert.True(form.Find("input[data-testid=group-Adult]").HasAttribute("disabled"));
        Assert.Equal(TargetGroups.None, input.Phases);
    }

    [Fact]
    public void Skills_are_added_as_must_or_nice_chips_and_switched_by_clicking()
    {
        var input = ValidJob();
        var form = RenderForm(input);

        form.Find("input[data-testid=skill-name]").Input("Staplerschein");
        form.Find("[data-testid=add-must]").Click();
        // Adding looks the skill up in the vocabulary (a database round trip); the field is empty again once it is added.
        form.WaitForAssertion(() => Assert.Equal("", form.Find("input[data-testid=skill-name]").GetAttribute("value") ?? ""));
        form.Find("input[data-testid=skill-name]").Input("Englisch");
        form.WaitForAssertion(() => Assert.Equal("Englisch", form.Find("input[data-testid=skill-name]").GetAttribute("value")));
        form.Find("[data-testid=add-nice]").Click();

        form.WaitForAssertion(() => Assert.Equal([("Staplerschein", true), ("Englisch", false)], input.Skills.Select(s => (s.Name, s.Required))));
        form.WaitForAssertion(() => Assert.Equal(["true", "false"], form.FindAll("[data-testid=skill]").Select(c => c.GetAttribute("data-required"))));

        form.FindAll("[data-testid=skill-toggle]")[1].Click();
        Assert.True(input.Skills[1].Required);
    }

    [Fact]
    public void A_synonym_shows_its_canonical_term_and_a_misspelling_offers_the_term()
    {
        var input = ValidJob();
        var form = RenderForm(input);

        form.Find("input[data-testid=skill-name]").Input("Gabelstaplerschein");
        form.WaitForElement("[data-testid=skill-suggestion]");
        form.Find("[data-testid=add-must]").Click();
        form.Find("input[data-testid=skill-name]").Input("Fuehrerschien B");
        form.Find("[data-testid=add-nice]").Click();

        form.WaitForAssertion(() => Assert.Equal(["Staplerschein", "Fuehrerschien B"], form.FindAll("[data-testid=skill-term]").Select(t => t.TextContent)));
        Assert.Contains("Gabelstaplerschein", form.Find("[data-testid=skill-written]").TextContent);
        Assert.Equal("Gabelstaplerschein", input.Skills[0].Name); // the employer's wording is kept
        form.WaitForElement("[data-testid=did-you-mean-take]").Click(); // the suggestion is looked up after the chip is added
        Assert.Equal("Führerschein B", input.Skills[1].Name);
        Assert.False(input.Skills[1].Required);
    }

    [Fact]
    public void A_duplicate_skill_is_explained()
    {
        var input = ValidJob();
        input.Skills.Add(new SkillInput { Name = "Staplerschein", Required = true });
        var form = RenderForm(input);

        form.Find("input[data-testid=skill-name]").Input("staplerschein");
        form.Find("[data-testid=add-nice]").Click();

        // The message renders after the added skill's reading is looked up in the vocabulary (a database round trip).
        form.WaitForAssertion(() => Assert.Equal("Jede Anforderung nur einmal, bitte.", form.Find("[data-testid=skill-errors]").TextContent));
    }

    [Fact]
    public async Task Messages_are_english_for_english_users()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var form = RenderForm(new VacancyInput { Kind = VacancyKind.Apprenticeship });

        await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.Equal("Please enter a title.", ErrorUnder(form, "title"));
        Assert.Equal("Please enter the minimum school certificate for apprenticeships.", ErrorUnder(form, "school-certificate"));
    }
}
