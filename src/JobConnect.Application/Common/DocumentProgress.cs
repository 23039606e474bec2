namespace JobConnect.Application.Common;

/// <summary>How far a batch is: <see cref="Done"/> of <see cref="Total"/> files (letters, mails, documents) written.</summary>
public readonly record struct DocumentProgress(int Done, int Total);
