namespace Licensing.Domain.Common;

/// <summary>
/// A record two officers may edit at once. The version is checked on save (optimistic concurrency)
/// so the second save is refused instead of silently overwriting the first.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A record that belongs to a person's file, so its audit entries appear on their timeline.</summary>
public interface IBelongsToPerson
{
    Guid? TimelinePersonId { get; }
}
