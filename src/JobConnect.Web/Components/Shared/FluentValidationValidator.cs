using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// Plugs a FluentValidation validator into an <see cref="EditForm"/> (static or interactive), so
/// plain forms show the same messages next to the field as MudForms do.
/// </summary>
public sealed class FluentValidationValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;
    private readonly HashSet<string> _shown = [];

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    /// <summary>Application validators return resource keys; texts that are no key pass through unchanged.</summary>
    [Inject]
    private IStringLocalizer<SharedResource> L { get; set; } = default!;

    /// <summary>The validator for the form's model. Required.</summary>
    [Parameter, EditorRequired]
    public required IValidator<TModel> Validator { get; set; }

    protected override void OnParametersSet()
    {
        if (EditContext is null || ReferenceEquals(EditContext, _subscribed))
        {
            return;
        }
        Unsubscribe();
        _subscribed = EditContext;
        _messages = new ValidationMessageStore(EditContext);
        EditContext.OnValidationRequested += ValidateAll;
        EditContext.OnFieldChanged += ValidateField;
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e)
    {
        _messages!.Clear();
        _shown.Clear();
        var result = Validator.Validate((TModel)_subscribed!.Model);
        foreach (var error in result.Errors)
        {
            _messages.Add(_subscribed.Field(error.PropertyName), L.Message(error));
            _shown.Add(error.PropertyName);
        }
        _subscribed.NotifyValidationStateChanged();
    }

    /// <summary>
    /// Validates the whole model (rules across fields, e.g. "end after start", name the field they are about)
    /// but shows messages only at the changed field and at fields already showing one, so untouched fields stay quiet.
    /// </summary>
    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var changed = e.FieldIdentifier;
        if (!ReferenceEquals(changed.Model, _subscribed!.Model))
        {
            return; // Messages are kept per property of the form's model; nested rows report on their list property.
        }
        var errors = Validator.Validate((TModel)_subscribed.Model).Errors.ToLookup(x => x.PropertyName);
        foreach (var name in _shown.Append(changed.FieldName).ToList())
        {
            var field = _subscribed.Field(name);
            _messages!.Clear(field);
            _messages.Add(field, errors[name].Select(L.Message));
            if (!errors[name].Any())
            {
                _shown.Remove(name);
            }
            else
            {
                _shown.Add(name);
            }
        }
        _subscribed.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (_subscribed is not null)
        {
            _subscribed.OnValidationRequested -= ValidateAll;
            _subscribed.OnFieldChanged -= ValidateField;
        }
    }

    public void Dispose() => Unsubscribe();
}
