using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace JobConnect.Web.Components.Shared;

/// <summary>
/// Plugs a FluentValidation validator into an <see cref="EditForm"/> (static or interactive), so
/// plain forms show the same messages next to the field as MudForms do.
/// </summary>
public sealed class FluentValidationValidator<TModel> : ComponentBase, IDisposable
{
    private ValidationMessageStore? _messages;
    private EditContext? _subscribed;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

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
        var result = Validator.Validate((TModel)_subscribed!.Model);
        foreach (var error in result.Errors)
        {
            _messages.Add(_subscribed.Field(error.PropertyName), error.ErrorMessage);
        }
        _subscribed.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        _messages!.Clear(field);
        var result = Validator.Validate((TModel)_subscribed!.Model, o => o.IncludeProperties(field.FieldName));
        _messages.Add(field, result.Errors.Select(x => x.ErrorMessage));
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
