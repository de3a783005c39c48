using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConditionsLetter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "NoticeTemplates",
                columns: new[] { "Id", "Body", "CreatedAt", "CreatedBy", "Kind", "TemplateVersion", "Title" },
                values: new object[] { new Guid("0195a000-0000-7000-8000-00000000000b"), "Dear {{LicenseeName}}\n\nWe have reviewed your {{LicenceType}} licence number {{LicenceNumber}}.\n\n{{Body}}\n\nThese conditions are now part of your licence, with those it already had. Not keeping to a condition of your licence may lead to its suspension or revocation. Reference {{Reference}}.\n\n# If you disagree\nIf you are unhappy with conditions attached to your licence you may be able to appeal to a magistrates' court. The time allowed is short (21 days), so act promptly. Please quote reference {{Reference}}. You may wish to take independent legal advice.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "ConditionsLetter", 1, "Conditions added to your {{LicenceType}} licence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "NoticeTemplates",
                keyColumn: "Id",
                keyValue: new Guid("0195a000-0000-7000-8000-00000000000b"));
        }
    }
}
