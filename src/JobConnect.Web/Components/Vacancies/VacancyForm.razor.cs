using FluentValidation;
using JobConnect.Application.Features.Skills;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace JobConnect.Web.Components.Vacancies;

/// <summary>
/// The vacancy form: MudBlazor inputs validated field by field with <see cref="VacancyInputValidator"/>,
/// the same validator the <see cref="SaveVacancy"/> handler runs. Saving is the parent's job.
/// </summary>
public partial class VacancyForm
{
    private MudForm? _form;
    private KldbOccupation? _occupation;
    private string? _newSkill;
    private readonly Dictionary<string, SkillChip> _readings = new(StringComparer.Ordinal);
    private bool _submitted;
    private readonly HashSet<string> _touched = [];

    [Inject]
    private IValidator<VacancyInput> Validator { get; set; } = default!;

    [Inject]
    private LookUpSkills LookUp { get; set; } = default!;

    /// <summary>The model being edited; changed in place, so nothing typed is lost on errors. Required.</summary>
    [Parameter, EditorRequired]
    public required VacancyInput Input { get; set; }

    /// <summary>Phases the company attends; other phases cannot be ticked. Defaults to both.</summary>
    [Parameter]
    public TargetGroups AttendedPhases { get; set; } = TargetGroups.Both;

    /// <summary>Shows the vacancy without allowing changes. Defaults to false.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    private DateTime? StartDate => Input.StartDate?.ToDateTime(TimeOnly.MinValue);

    protected override async Task OnParametersSetAsync()
    {
        Input.AttendedPhases = AttendedPhases;
        if (_occupation?.Code != Input.KldbCode)
        {
            _occupation = KldbCatalog.Find(Input.KldbCode);
        }
        await ReadSkillsAsync(Input.Skills.Select(s => s.Name));
    }

    /// <summary>Looks up what the vocabulary makes of skills not read yet (canonical term, synonym, unknown).</summary>
    private async Task ReadSkillsAsync(IEnumerable<string> names)
    {
        var unread = names.Where(n => !_readings.ContainsKey(n)).Distinct().ToList();
        if (unread.Count == 0)
        {
            return;
        }
        foreach (var reading in await LookUp.ReadAsync(await CurrentUser.ScopeAsync(), unread))
        {
            _readings[reading.Written] = reading;
        }
    }

    /// <summary>Validates everything and shows all messages; true when the input may be saved.</summary>
    public async Task<bool> ValidateAsync()
    {
        _submitted = true;
        if (_form is not null)
        {
            await _form.ValidateAsync();
        }
        StateHasChanged();
        return (await Validator.ValidateAsync(Input)).IsValid;
    }

    private Func<string?, IEnumerable<string>> TitleRule => Rule<string?>(nameof(VacancyInput.Title), (m, v) => m.Title = v ?? "");
    private Func<int, IEnumerable<string>> OpeningsRule => Rule<int>(nameof(VacancyInput.Openings), (m, v) => m.Openings = v);
    private Func<KldbOccupation?, IEnumerable<string>> OccupationRule => Rule<KldbOccupation?>(nameof(VacancyInput.KldbCode), (m, o) => m.KldbCode = o?.Code ?? "");
    private Func<string?, IEnumerable<string>> PostcodeRule => Rule<string?>(nameof(VacancyInput.Postcode), (m, v) => m.Postcode = v ?? "");
    private Func<DateTime?, IEnumerable<string>> StartDateRule => Rule<DateTime?>(nameof(VacancyInput.StartDate), (m, d) => m.StartDate = ToDateOnly(d));
    private Func<SchoolCertificate?, IEnumerable<string>> SchoolCertificateRule =>
        Rule<SchoolCertificate?>(nameof(VacancyInput.MinimumSchoolCertificate), (m, s) => m.MinimumSchoolCertificate = s);
    private Func<string?, IEnumerable<string>> DescriptionRule => Rule<string?>(nameof(VacancyInput.Description), (m, v) => m.Description = v);

    /// <summary>
    /// Validates the field's value on a copy of the model: MudBlazor may validate before or after the
    /// binding writes the value, and validation must never change what the user typed.
    /// </summary>
    private Func<T, IEnumerable<string>> Rule<T>(string property, Action<VacancyInput, T> set) => value =>
    {
        var candidate = Input.Copy();
        set(candidate, value);
        return ErrorsFor(candidate, property);
    };

    private List<string> ErrorsFor(string property) => ErrorsFor(Input, property);

    private List<string> ErrorsFor(VacancyInput model, string property) =>
        [.. Validator.Validate(model, o => o.IncludeProperties(property)).Errors
            .Where(e => e.PropertyName == property)
            .Select(e => L[e.ErrorMessage].Value)];

    private List<string> ErrorsShown(string property) =>
        _submitted || _touched.Contains(property) ? ErrorsFor(property) : [];

    private List<string> SkillErrors() =>
        _submitted || _touched.Contains(nameof(VacancyInput.Skills))
            ? [.. Validator.Validate(Input, o => o.IncludeProperties(nameof(VacancyInput.Skills))).Errors.Select(e => L[e.ErrorMessage].Value).Distinct()]
            : [];

    private void KindChanged(VacancyKind kind)
    {
        Input.Kind = kind;
        // The certificate belongs to apprenticeships only; keep no hidden value behind a hidden field.
        if (kind == VacancyKind.Job)
        {
            Input.MinimumSchoolCertificate = null;
        }
    }

    private void OccupationChanged(KldbOccupation? occupation)
    {
        _occupation = occupation;
        Input.KldbCode = occupation?.Code ?? "";
        // A title is usually the occupation's name; offer it when nothing was typed yet.
        if (occupation is not null && string.IsNullOrWhiteSpace(Input.Title))
        {
            Input.Title = Input.Kind == VacancyKind.Apprenticeship ? $"Ausbildung {occupation.Title}" : occupation.Title;
        }
    }

    private void StartDateChanged(DateTime? date) => Input.StartDate = ToDateOnly(date);

    private static DateOnly? ToDateOnly(DateTime? date) => date is null ? null : DateOnly.FromDateTime(date.Value);

    private void ToggleWorkingTime(WorkingTime time, bool on)
    {
        Input.WorkingTime = on ? Input.WorkingTime | time : Input.WorkingTime & ~time;
        _touched.Add(nameof(VacancyInput.WorkingTime));
    }

    private void ToggleGroup(TargetGroup group, bool on)
    {
        Input.Phases = on ? Input.Phases | group.ToSet() : Input.Phases & ~group.ToSet();
        _touched.Add(nameof(VacancyInput.Phases));
    }

    private async Task AddSkillAsync(bool required)
    {
        var name = _newSkill?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return;
        }
        Input.Skills.Add(new SkillInput { Name = name, Required = required });
        _newSkill = "";
        _touched.Add(nameof(VacancyInput.Skills));
        await ReadSkillsAsync([name]);
    }

    /// <summary>"Did you mean": the written word gives way to the term, keeping must/nice.</summary>
    private async Task ReplaceSkill((string Written, string Term) choice)
    {
        foreach (var skill in Input.Skills.Where(s => s.Name == choice.Written))
        {
            skill.Name = choice.Term;
        }
        await ReadSkillsAsync([choice.Term]);
    }

    private void ToggleRequired(SkillInput skill)
    {
        if (!ReadOnly)
        {
            skill.Required = !skill.Required;
        }
    }

    private void RemoveSkill(SkillInput skill)
    {
        Input.Skills.Remove(skill);
        _touched.Add(nameof(VacancyInput.Skills));
    }
}
