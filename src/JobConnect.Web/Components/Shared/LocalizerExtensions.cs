using System.Globalization;
using FluentValidation.Results;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Jobseekers.Import;
using Microsoft.Extensions.Localization;

namespace JobConnect.Web.Components.Shared;

/// <summary>Turns the resource keys the Application layer returns (refusals, validation, import) into the user's language.</summary>
public static class LocalizerExtensions
{
    public static string Message(this IStringLocalizer l, string key, IEnumerable<object>? args = null)
    {
        var values = args?.ToArray() ?? [];
        return values.Length == 0 ? l[key].Value : string.Format(CultureInfo.CurrentCulture, l[key].Value, values);
    }

    public static string Message(this IStringLocalizer l, ValidationFailure failure) =>
        l.Message(failure.ErrorMessage, failure.CustomState as object[]);

    /// <summary>
    /// The one place where a use case's refusal (not found, not allowed, refused by a rule) becomes the
    /// user's text; anything else is "that did not work" — its details belong in the log, not on screen.
    /// </summary>
    public static string Message(this IStringLocalizer l, Exception error) =>
        error is UseCaseException refusal ? l.Message(refusal.MessageKey, refusal.Args) : l.Message(ErrorKeys.Unexpected);

    /// <summary>"Spalte PLZ: Die PLZ muss aus 5 Ziffern bestehen." — as shown in the preview and written into the rejected-rows file.</summary>
    public static string Describe(this IStringLocalizer l, ImportProblem problem) =>
        problem.Column.Length == 0
            ? l.Message(problem.MessageKey, problem.Args)
            : l.Message("Import.ProblemFormat", [problem.Column, l.Message(problem.MessageKey, problem.Args)]);
}
