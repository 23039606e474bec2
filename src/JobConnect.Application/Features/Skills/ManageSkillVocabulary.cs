using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Skills;

/// <summary>A term as the organizers' page lists it.</summary>
/// <param name="ChangedByOrganizers">An organizer added, merged into or extended this term.</param>
public sealed record SkillTermRow(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Areas, bool ChangedByOrganizers);

/// <summary>One organizer change, newest first on the page.</summary>
public sealed record SkillChangeRow(int Id, SkillChangeKind Kind, string Wording, string Into, DateTime CreatedUtc);

/// <param name="Terms">Matching the filter, by name; at most <see cref="ManageSkillVocabulary.MaxRows"/>.</param>
/// <param name="TotalTerms">All terms of the vocabulary in use.</param>
public sealed record SkillVocabularyView(IReadOnlyList<SkillTermRow> Terms, int TotalTerms, IReadOnlyList<SkillChangeRow> Changes, IReadOnlyList<string> Areas);

/// <summary>
/// Organizers extend the shipped vocabulary: add a synonym to a term, merge two terms, add a term.
/// Each change is stored as a <see cref="SkillVocabularyChange"/>, which moves the matching stamp in
/// the same transaction, so every ranking afterwards compares with the new vocabulary.
/// </summary>
public sealed class ManageSkillVocabulary(IDbContextFactory<JobConnectDbContext> dbFactory, IValidator<SkillVocabularyInput> validator, TimeProvider clock)
{
    public const int MaxRows = 200;

    public async Task<SkillVocabularyView> GetAsync(UserScope scope, string? filter, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changes = await db.SkillVocabularyChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var vocabulary = SkillVocabulary.Shipped.With(changes);
        var touched = changes.Select(c => SkillVocabulary.Fold(c.Kind == SkillChangeKind.AddTerm ? c.Wording : c.Into)).ToHashSet(StringComparer.Ordinal);
        var folded = SkillVocabulary.Fold(filter ?? "");
        var terms = vocabulary.Terms
            .Where(t => folded.Length == 0 || t.Wordings.Any(w => SkillVocabulary.Fold(w).Contains(folded, StringComparison.Ordinal)))
            .Take(MaxRows)
            .Select(t => new SkillTermRow(t.Name, t.Synonyms, t.Areas, touched.Contains(SkillVocabulary.Fold(t.Name))))
            .ToList();
        var rows = changes.OrderByDescending(c => c.Id).Select(c => new SkillChangeRow(c.Id, c.Kind, c.Wording, c.Into, c.CreatedUtc)).ToList();
        return new SkillVocabularyView(terms, vocabulary.Terms.Count, rows, Areas);
    }

    /// <summary>Validates the change against the vocabulary in use and stores it; refusals are <see cref="BusinessRuleException"/>s.</summary>
    public async Task ChangeAsync(UserScope scope, SkillVocabularyInput input, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await validator.ValidateAndThrowAsync(input, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var vocabulary = await db.SkillVocabularyAsync(ct);
        var wording = input.Wording.Trim();
        var into = input.Into.Trim();
        Check(vocabulary, input.Kind, wording, into);

        var change = new SkillVocabularyChange
        {
            Kind = input.Kind,
            Wording = wording,
            // Stored as the term's name, so the log reads the same whichever spelling was typed.
            Into = input.Kind == SkillChangeKind.AddTerm ? into : vocabulary.Find(into)!.Name,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = scope.UserId,
        };
        db.SkillVocabularyChanges.Add(change);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.AddAuditAsync(scope, clock, AuditActions.Changed, AuditLog.SkillVocabulary, change.Id, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static void Check(SkillVocabulary vocabulary, SkillChangeKind kind, string wording, string into)
    {
        var target = kind == SkillChangeKind.AddTerm ? null : vocabulary.Find(into) ?? throw new BusinessRuleException(SkillMessages.UnknownTerm, into);
        var existing = vocabulary.Find(wording);
        switch (kind)
        {
            case SkillChangeKind.AddSynonym when existing is not null && existing == target:
                throw new BusinessRuleException(SkillMessages.AlreadyKnown, wording, target!.Name);
            case SkillChangeKind.AddSynonym when existing is not null && SkillVocabulary.Fold(existing.Name) == SkillVocabulary.Fold(wording):
                // Another term's name cannot become a synonym: that is a merge, which takes its synonyms along.
                throw new BusinessRuleException(SkillMessages.IsATerm, wording);
            case SkillChangeKind.Merge when existing is null:
                throw new BusinessRuleException(SkillMessages.UnknownTerm, wording);
            case SkillChangeKind.Merge when existing == target:
                throw new BusinessRuleException(SkillMessages.SameTerm, wording, target!.Name);
            case SkillChangeKind.AddTerm when existing is not null:
                throw new BusinessRuleException(SkillMessages.AlreadyKnown, wording, existing.Name);
            case SkillChangeKind.AddTerm when !Areas.Contains(into):
                throw new BusinessRuleException(SkillMessages.UnknownArea, into);
        }
    }

    /// <summary>The areas a term can belong to: the KldB catalogue's, plus "Allgemein".</summary>
    public static IReadOnlyList<string> Areas { get; } =
        [SkillTerm.GeneralArea, .. KldbCatalog.All.Select(o => o.Area).Distinct().Order(StringComparer.Ordinal)];
}
