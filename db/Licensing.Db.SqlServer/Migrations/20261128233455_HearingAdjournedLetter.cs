using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HearingAdjournedLetter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "NoticeTemplates",
                columns: new[] { "Id", "Body", "CreatedAt", "CreatedBy", "Kind", "TemplateVersion", "Title" },
                values: new object[] { new Guid("0195a000-0000-7000-8000-00000000000c"), "Dear {{LicenseeName}}\n\nThe hearing of the licensing sub-committee about your {{LicenceType}} licence number {{LicenceNumber}}, arranged for {{HearingDate}} at {{HearingPlace}}, has been adjourned. It will not take place then, and you do not need to attend.\n\n= Reference | {{Reference}}\n\n{{Body}}\n\nWe will write to you with the date, time and place of the new hearing. You will again be able to attend, bring a representative and make representations.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "HearingAdjourned", 1, "Licensing sub-committee hearing adjourned" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "NoticeTemplates",
                keyColumn: "Id",
                keyValue: new Guid("0195a000-0000-7000-8000-00000000000c"));
        }
    }
}
