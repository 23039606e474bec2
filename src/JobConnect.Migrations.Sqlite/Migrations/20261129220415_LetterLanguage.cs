using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LetterLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Everyone there before letters had languages keeps getting German letters.
            migrationBuilder.AddColumn<bool>(
                name: "EasyLanguage",
                table: "Jobseekers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LetterLanguage",
                table: "Jobseekers",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "German");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EasyLanguage",
                table: "Jobseekers");

            migrationBuilder.DropColumn(
                name: "LetterLanguage",
                table: "Jobseekers");
        }
    }
}
