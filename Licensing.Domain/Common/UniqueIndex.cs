using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Common;

/// <summary>Recognises a save refused by a unique index, on either database: the second of two people doing the same thing at once.</summary>
public static class UniqueIndex
{
    /// <summary>The database's message naming the index or its columns, or null when the save failed for another reason.</summary>
    public static string? Violation(DbUpdateException failure) => failure.InnerException switch
    {
        // SQLite names the columns ("UNIQUE constraint failed: Licences.SearchBadgeNumber") or a partial index.
        SqliteException { SqliteExtendedErrorCode: 2067 /* SQLITE_CONSTRAINT_UNIQUE */ } e => e.Message,
        // SQL Server names the index: "... with unique index 'IX_Licences_SearchBadgeNumber' ...".
        SqlException { Number: 2601 or 2627 } e => e.Message,
        _ => null,
    };
}
