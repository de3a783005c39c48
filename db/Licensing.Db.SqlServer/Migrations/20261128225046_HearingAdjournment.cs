using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HearingAdjournment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "Notices",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AdjournedAt",
                table: "Hearings",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdjournedBy",
                table: "Hearings",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdjournmentReasons",
                table: "Hearings",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "AdjournedAt",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "AdjournedBy",
                table: "Hearings");

            migrationBuilder.DropColumn(
                name: "AdjournmentReasons",
                table: "Hearings");
        }
    }
}
