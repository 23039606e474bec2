using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Jobseekers.Import;

public enum ImportRowAction
{
    New = 0,
    Update = 1,
    Rejected = 2,
}

public sealed record ImportRowResult(ImportRow Row, string ReferenceNumber, string Name, ImportRowAction Action, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>What the caseworker should know but what does not stop the row: unknown skills, codes outside the catalogue.</summary>
    public IReadOnlyList<ImportProblem> Notices { get; init; } = [];
}

/// <summary>
/// What an import does or did. Invariant: <c>New + Updated + Rejected == Rows.Count</c> — every data
/// row of the file is accounted for, none silently dropped.
/// </summary>
public sealed record ImportOutcome(ImportTable Table, IReadOnlyList<ImportRowResult> Rows, IReadOnlyList<string> IgnoredColumns, bool Committed)
{
    public int New => Rows.Count(r => r.Action == ImportRowAction.New);
    public int Updated => Rows.Count(r => r.Action == ImportRowAction.Update);
    public int Rejected => Rows.Count(r => r.Action == ImportRowAction.Rejected);
    public IEnumerable<ImportRowResult> RejectedRows => Rows.Where(r => r.Action == ImportRowAction.Rejected);
    public int WithNotices => Rows.Count(r => r.Notices.Count > 0);
}

/// <summary>
/// "Import a file": a caseworker's CSV or XLSX into the own agency's caseload. Preview first (nothing
/// saved), then commit in one transaction. Rows are matched by reference number, so importing again
/// updates. Also hands out the template and the rejected rows to fix, in the same columns.
/// </summary>
public sealed class ImportJobseekers(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<JobseekerInput> validator, TimeProvider clock,
    ITableFiles files)
{
    /// <summary>Reads the upload and previews it; <see cref="ImportFileException"/> when the whole file is unusable.</summary>
    public async Task<ImportOutcome> PreviewAsync(UserScope scope, byte[] content, string fileName, CancellationToken ct = default)
    {
        scope.RequireCaseworker();
        return await PreviewAsync(scope, await files.ReadAsync(content, fileName, ImportLimits.Default, ct), ct);
    }

    public Task<ImportOutcome> PreviewAsync(UserScope scope, ImportTable table, CancellationToken ct = default) =>
        RunAsync(scope, table, commit: false, ct);

    public Task<ImportOutcome> CommitAsync(UserScope scope, ImportTable table, CancellationToken ct = default) =>
        RunAsync(scope, table, commit: true, ct);

    /// <summary>The template: every documented column and one example row, as German Excel opens it.</summary>
    public FileContent Template() =>
        new("bewerber-vorlage.csv", FileContent.Csv,
            files.WriteCsv(JobseekerColumn.Headers, [[.. JobseekerColumn.All.Select(c => c.Example)]]));

    /// <summary>
    /// The rejected rows exactly as they came (same columns, same values) plus a column "Fehler" saying
    /// what to fix in the user's language; the import ignores that column, so the fixed file can be imported as it is.
    /// </summary>
    public FileContent RejectedRows(ImportOutcome outcome, string uploadName, Func<ImportProblem, string> describe)
    {
        var headers = outcome.Table.Headers.ToList();
        var keep = Enumerable.Range(0, headers.Count)
            .Where(i => JobseekerColumn.Normalize(headers[i]) != JobseekerColumn.Normalize(JobseekerColumn.ErrorHeader)).ToList();
        var rows = outcome.RejectedRows
            .Select(r => (IReadOnlyList<string>)[.. keep.Select(r.Row.Cell), string.Join(" | ", r.Problems.Select(describe))]);
        return new FileContent(Path.GetFileNameWithoutExtension(uploadName) + "-abgelehnt.csv", FileContent.Csv,
            files.WriteCsv([.. keep.Select(i => headers[i]), JobseekerColumn.ErrorHeader], rows));
    }

    private async Task<ImportOutcome> RunAsync(UserScope scope, ImportTable table, bool commit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = db.WritableBy(scope);
        var (columns, ignored) = MapColumns(table.Headers);

        var parsed = table.Rows.Select(row => Parse(row, columns)).ToList();
        var references = parsed.Select(p => JobseekerInput.NormalizeReference(p.Input.ReferenceNumber)).Where(r => r.Length > 0).Distinct().ToList();
        var existing = await mine.Include(j => j.Consents).Where(j => references.Contains(j.ReferenceNumber))
            .ToDictionaryAsync(j => j.ReferenceNumber, StringComparer.Ordinal, ct);

        var vocabulary = await db.SkillVocabularyAsync(ct);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<ImportRowResult>(parsed.Count);
        foreach (var (row, input, problems) in parsed)
        {
            var reference = JobseekerInput.NormalizeReference(input.ReferenceNumber);
            // All problems of a row at once, so one round of fixing suffices; a cell that did not parse reports only that.
            var unparsed = problems.Select(p => p.Column).ToHashSet();
            foreach (var failure in (await validator.ValidateAsync(input, ct)).Errors)
            {
                var column = JobseekerColumn.ColumnOf(failure.PropertyName) ?? "";
                if (!unparsed.Contains(column))
                {
                    problems.Add(new ImportProblem(row.Line, column, failure.ErrorMessage, failure.CustomState as object[] ?? []));
                }
            }
            if (reference.Length > 0 && !firstLine.TryAdd(reference, row.Line))
            {
                problems.Add(new ImportProblem(row.Line, "Kundennummer", ImportKeys.DuplicateInFile, [firstLine[reference]]));
            }
            var action = problems.Count > 0 ? ImportRowAction.Rejected
                : existing.ContainsKey(reference) ? ImportRowAction.Update : ImportRowAction.New;
            results.Add(new ImportRowResult(row, reference, $"{input.FirstName} {input.LastName}".Trim(), action, problems)
            {
                Notices = Notices(row.Line, input, vocabulary),
            });
        }

        if (commit)
        {
            await SaveAsync(db, scope, parsed, results, existing, ct);
        }
        return new ImportOutcome(table, results, ignored, commit);
    }

    private async Task SaveAsync(JobConnectDbContext db, UserScope scope, List<(ImportRow Row, JobseekerInput Input, List<ImportProblem> Problems)> parsed,
        List<ImportRowResult> results, Dictionary<string, Jobseeker> existing, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var touched = new List<Jobseeker>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Action == ImportRowAction.Rejected)
            {
                continue;
            }
            var input = parsed[i].Input;
            if (!existing.TryGetValue(results[i].ReferenceNumber, out var jobseeker))
            {
                jobseeker = new Jobseeker { AgencyId = scope.AgencyId!.Value, CaseworkerId = scope.UserId, ReferenceNumber = "", FirstName = "", LastName = "", Postcode = "", CreatedUtc = now };
                db.Jobseekers.Add(jobseeker);
            }
            input.ApplyTo(jobseeker);
            SaveJobseeker.RecordConsents(jobseeker, input, now);
            jobseeker.UpdatedUtc = now;
            touched.Add(jobseeker);
        }

        // One transaction: a failure midway leaves no half batch behind.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var userName = await db.UserNameAsync(scope, ct);
        foreach (var jobseeker in touched)
        {
            db.AddAudit(scope, clock, userName, AuditActions.Imported, AuditLog.Jobseeker, jobseeker.Id);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Agency systems write skills and occupations their own way: an unknown skill is kept as written
    /// (matched only by the same wording) and a well-formed KldB code outside our catalogue is matched by
    /// its digits — both imported, each with a notice so the caseworker can correct it if it was a typo.
    /// </summary>
    private static List<ImportProblem> Notices(int line, JobseekerInput input, SkillVocabulary vocabulary)
    {
        var notices = new List<ImportProblem>();
        foreach (var code in JobseekerInput.SplitList(input.TargetKldbCodes).Where(c => KldbCode.IsValid(c) && KldbCatalog.Find(c) is null))
        {
            notices.Add(new ImportProblem(line, JobseekerColumn.ColumnOf(nameof(JobseekerInput.TargetKldbCodes))!, ImportKeys.KldbNotInCatalog, [code]));
        }
        foreach (var reading in JobseekerInput.SplitList(input.Skills).Select(vocabulary.Read).Where(r => !r.IsKnown))
        {
            notices.Add(reading.DidYouMean is { } guess
                ? new ImportProblem(line, JobseekerColumn.ColumnOf(nameof(JobseekerInput.Skills))!, ImportKeys.UnknownSkillDidYouMean, [reading.Written, guess.Name])
                : new ImportProblem(line, JobseekerColumn.ColumnOf(nameof(JobseekerInput.Skills))!, ImportKeys.UnknownSkill, [reading.Written]));
        }
        return notices;
    }

    /// <summary>Finds each documented column in the header; a missing required column fails the whole file with one message.</summary>
    public static (Dictionary<JobseekerColumn, int> Columns, IReadOnlyList<string> Ignored) MapColumns(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<JobseekerColumn, int>();
        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (string.IsNullOrWhiteSpace(header) || JobseekerColumn.Normalize(header) == JobseekerColumn.Normalize(JobseekerColumn.ErrorHeader))
            {
                continue;
            }
            var column = JobseekerColumn.All.FirstOrDefault(c => c.Matches(header));
            if (column is null)
            {
                ignored.Add(header.Trim());
            }
            else if (!columns.TryAdd(column, i))
            {
                throw new ImportFileException(ImportKeys.DuplicateColumn, column.Header);
            }
        }
        var missing = JobseekerColumn.All.Where(c => c.Required && !columns.ContainsKey(c)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(ImportKeys.MissingColumns, string.Join(", ", missing));
        }
        return (columns, ignored);
    }

    /// <summary>Our rejected-rows file escapes formula-like values with an apostrophe (CSV injection); it is not part of the value.</summary>
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && "=@+-".Contains(value[1], StringComparison.Ordinal) ? value[1..] : value;

    private static (ImportRow Row, JobseekerInput Input, List<ImportProblem> Problems) Parse(ImportRow row, Dictionary<JobseekerColumn, int> columns)
    {
        var input = new JobseekerInput();
        var problems = new List<ImportProblem>();
        foreach (var (column, index) in columns)
        {
            var value = Unescape(row.Cell(index).Trim());
            if (column.Apply(value, input) is { } error)
            {
                problems.Add(new ImportProblem(row.Line, column.Header, error, [value]));
            }
        }
        return (row, input, problems);
    }
}
