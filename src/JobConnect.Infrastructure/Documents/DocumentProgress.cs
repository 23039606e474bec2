namespace JobConnect.Infrastructure.Documents;

/// <summary>How far a batch is: <see cref="Done"/> of <see cref="Total"/> documents written.</summary>
public readonly record struct DocumentProgress(int Done, int Total);
