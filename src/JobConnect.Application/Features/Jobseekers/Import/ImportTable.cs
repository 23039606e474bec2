using JobConnect.Application.Common;

namespace JobConnect.Application.Features.Jobseekers.Import;

/// <summary>
/// A file as read, before any meaning is given to it: header cells and data rows with their file line.
/// Rows without any value are not data rows; they are counted in <see cref="BlankRows"/> so nothing vanishes unseen.
/// </summary>
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows, int BlankRows = 0);

/// <summary>One data row; <see cref="Line"/> is the line (CSV) or row (XLSX) where it starts, as the user sees it.</summary>
public sealed record ImportRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";
}

/// <summary>A problem with one cell (or the row when <see cref="Column"/> is empty); message is a resource key.</summary>
public sealed record ImportProblem(int Line, string Column, string MessageKey, IReadOnlyList<object> Args);

/// <summary>The whole file cannot be imported (too big, wrong header, unreadable) — one message instead of thousands.</summary>
public sealed class ImportFileException(string messageKey, params object[] args) : BusinessRuleException(messageKey, args);

/// <summary>
/// Limits for one upload: 10 MB, 50,000 rows, 100 columns (the template has about 30), 2 million
/// cells, and 30 seconds of reading — whichever comes first.
/// </summary>
public sealed record ImportLimits(long MaxBytes = 10 * 1024 * 1024, int MaxRows = 50_000, int MaxColumns = 100, long MaxCells = 2_000_000)
{
    public TimeSpan MaxReadTime { get; init; } = TimeSpan.FromSeconds(30);

    public static ImportLimits Default { get; } = new();
}

/// <summary>Message keys of import problems (resources Import.*).</summary>
public static class ImportKeys
{
    public const string TooLarge = "Import.TooLarge";
    public const string TooManyRows = "Import.TooManyRows";
    public const string TooManyColumns = "Import.TooManyColumns";
    public const string TooManyCells = "Import.TooManyCells";
    public const string TooSlow = "Import.TooSlow";
    public const string ZipBomb = "Import.ZipBomb";
    public const string Unreadable = "Import.Unreadable";
    public const string UnknownFormat = "Import.UnknownFormat";
    public const string Empty = "Import.Empty";
    public const string MissingColumns = "Import.MissingColumns";
    public const string DuplicateColumn = "Import.DuplicateColumn";
    public const string InvalidValue = "Import.InvalidValue";
    public const string InvalidDate = "Import.InvalidDate";
    public const string InvalidNumber = "Import.InvalidNumber";
    /// <summary>A letter language we have no letters in; the message lists the ones we have.</summary>
    public const string InvalidLetterLanguage = "Import.InvalidLetterLanguage";
    public const string DuplicateInFile = "Import.DuplicateInFile";
    /// <summary>Notice, not a rejection: a skill the vocabulary does not know; kept as written.</summary>
    public const string UnknownSkill = "Import.Notice.UnknownSkill";
    /// <summary>Notice: an unknown skill that looks like a misspelt term.</summary>
    public const string UnknownSkillDidYouMean = "Import.Notice.UnknownSkillDidYouMean";
    /// <summary>Notice: a well-formed KldB 2010 code outside the curated catalogue; matched by its digits.</summary>
    public const string KldbNotInCatalog = "Import.Notice.KldbNotInCatalog";
}
