using FluentValidation;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Shared;

public static class FormValidation
{
    /// <summary>
    /// For <c>MudForm Validation=</c>: MudForm asks per field (with <c>For=</c>), the same validator as the
    /// service answers for that property only, in the user's language.
    /// </summary>
    public static Func<object, string, Task<IEnumerable<string>>> PerField<T>(IValidator<T> validator, IStringLocalizer l) => async (model, property) =>
    {
        var result = await validator.ValidateAsync(ValidationContext<T>.CreateWithOptions((T)model, o => o.IncludeProperties(property)));
        return result.Errors.Where(e => e.PropertyName == property).Select(l.Message);
    };
}
