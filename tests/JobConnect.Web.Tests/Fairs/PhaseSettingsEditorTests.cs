using JobConnect.Testing;
using Bunit;
using FluentValidation;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Web.Components.Fairs;
using JobConnect.Web.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.Web.Tests.Fairs;

/// <summary>The phase form checks the domain's phase rules while typing, with German messages at the fields.</summary>
public sealed class PhaseSettingsEditorTests : ComponentTestContext
{
    private static readonly PhaseSettings Morning = new(
        1, TestPhases.Morning, TargetGroup.Adult, new(9, 0), new(12, 30), 15, 350, 12, 3, 50, 60,
        [new PhaseBreak { Start = new(10, 45), End = new(11, 0) }]);

    public PhaseSettingsEditorTests()
    {
        Services.AddScoped<IValidator<PhaseSettingsForm>, PhaseSettingsFormValidator>();
        // Saving is covered by the service tests; these tests never reach the database.
        Services.AddScoped(_ => new ManagePhaseSettings(new NoDatabase(), TimeProvider.System));
    }

    [Fact]
    public void Shows_the_phase_with_its_slot_count_and_seats_taken()
    {
        var editor = Render<PhaseSettingsEditor>(p => p.Add(x => x.Settings, Morning));

        Assert.Contains("Vormittag", editor.Markup);
        // 09:00–12:30 in 15-minute slots is 14, minus the break 10:45–11:00.
        Assert.Contains("13 Gesprächstakte", editor.Markup);
        Assert.Contains("12 bereits vergeben", editor.Markup);
        Assert.Single(editor.FindAll("[data-testid=break-row]"));
    }

    [Fact]
    public void An_end_before_the_start_is_named_at_the_end_field()
    {
        var editor = Render<PhaseSettingsEditor>(p => p.Add(x => x.Settings, Morning));

        editor.Find("input[data-testid=end]").Change("08:00");

        editor.WaitForAssertion(() =>
        {
            var field = editor.Find("input[data-testid=end]");
            Assert.Equal("true", field.GetAttribute("aria-invalid"));
            Assert.Contains("Das Ende muss nach dem Beginn liegen.", field.Closest(".mud-input-control")!.TextContent);
        });
    }

    [Fact]
    public void Too_short_slots_and_overlapping_breaks_are_refused_on_save()
    {
        var editor = Render<PhaseSettingsEditor>(p => p.Add(x => x.Settings, Morning));
        editor.Find("input[data-testid=slot-minutes]").Change("10");
        editor.Find("[data-testid=add-break]").Click();
        var rows = editor.FindAll("[data-testid=break-row] input");
        rows[2].Change("10:50");
        editor.FindAll("[data-testid=break-row] input")[3].Change("11:10");

        editor.Find("form").Submit();

        editor.WaitForAssertion(() =>
        {
            Assert.Contains("Ein Gesprächstakt dauert 15 bis 60 Minuten.", editor.Markup);
            Assert.Contains("Pausen dürfen sich nicht überschneiden.", editor.Markup);
        });
    }

    private sealed class NoDatabase : IDbContextFactory<JobConnectDbContext>
    {
        public JobConnectDbContext CreateDbContext() => throw new InvalidOperationException("This test must not reach the database.");
    }
}
