using System.Globalization;
using System.Text.Json;
using OfficeReview.Domain.Documents;
using OfficeReview.Domain.Findings;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Contract;

/// <summary>A parsed input: the value, or null with findings saying (in Vietnamese, with the JSON path) why not.</summary>
public sealed record JsonReadResult<T>(T? Value, IReadOnlyList<Finding> Findings) where T : class
{
    public bool IsReadable => Value is not null && Findings.All(f => f.Severity != Severity.Error);
}

/// <summary>
/// Reads the JSON inputs of document generation (docs/documents.md): <see cref="DocumentMeta"/>,
/// <see cref="CampaignSchedule"/> (Kế hoạch, Công văn), <see cref="ReminderInput"/> (Công văn đôn đốc),
/// <see cref="DecisionInput"/> (Quyết định) and the optional <see cref="ReportDetails"/> beside a UnitReport (Báo cáo,
/// Thông báo kết quả).
/// Never throws: bad input becomes findings with the JSON path.
/// </summary>
public static class DocumentInputJson
{
    public const string TooMany = FindingCatalogue.JsonTooManyItems;
    public const int MaxItems = 5_000;
    public const int MaxTextLength = 4_000;

    public static JsonReadResult<DocumentMeta> ReadMeta(ReadOnlyMemory<byte> utf8, string file = "meta") => Parse(utf8, file, ReadMeta);
    public static JsonReadResult<CampaignSchedule> ReadSchedule(ReadOnlyMemory<byte> utf8, string file = "data") => Parse(utf8, file, ReadSchedule);
    public static JsonReadResult<ReminderInput> ReadReminder(ReadOnlyMemory<byte> utf8, string file = "data") => Parse(utf8, file, ReadReminder);
    public static JsonReadResult<DecisionInput> ReadDecision(ReadOnlyMemory<byte> utf8, string file = "data") => Parse(utf8, file, ReadDecision);

    /// <summary>
    /// The optional fields a Báo cáo / Thông báo data file may carry beside the UnitReport ("units", "reviewHeld",
    /// "planText", "strengths", "shortcomings", "commendation", "proposals", "commended", "quotaDenominator"); a file
    /// without them gives <see cref="ReportDetails.None"/>.
    /// </summary>
    public static JsonReadResult<ReportDetails> ReadReportDetails(ReadOnlyMemory<byte> utf8, string file = "data") => Parse(utf8, file, ReadReportDetails);

    public static DocumentMeta? ReadMeta(JsonElement e, Reader r, string path)
    {
        if (!r.Object(e, path)) return null;
        var signer = e.TryGetProperty("signer", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var authorityText = signer.ValueKind == JsonValueKind.Object ? r.Text(signer, "authority", $"{path}.signer") : null;
        var authority = SignAuthorities.Parse(authorityText);
        if (authority is null)
            r.Error(FindingCatalogue.JsonWrongType, $"{path}.signer.authority", $"Quyền hạn ký \"{authorityText}\" không hợp lệ; dùng \"T/M\", \"K/T\", \"T/L\" hoặc \"\" (ký trực tiếp).");
        var margins = e.TryGetProperty("margins", out var m) && m.ValueKind == JsonValueKind.Object
            ? new MarginsMm(r.Decimal(m, "top", $"{path}.margins") ?? 20m, r.Decimal(m, "bottom", $"{path}.margins") ?? 20m,
                r.Decimal(m, "left", $"{path}.margins") ?? 30m, r.Decimal(m, "right", $"{path}.margins") ?? 15m)
            : null;
        if (margins is not null && new[] { margins.Top, margins.Bottom, margins.Left, margins.Right }.Any(v => v is < 5m or > 60m))
            r.Error(FindingCatalogue.JsonWrongType, $"{path}.margins", "Lề trang phải từ 5 đến 60 mm.");
        var number = r.Int(e, "number", path);
        var levelText = r.Text(e, "issuerLevel", path);
        var issuerLevel = IssuerLevels.FromSlug(levelText);
        if (levelText is not null && issuerLevel is null)
            r.Error(FindingCatalogue.JsonWrongType, $"{path}.issuerLevel", $"Cấp của cơ quan ban hành \"{levelText}\" không hợp lệ; dùng một trong: {string.Join(", ", IssuerLevels.All.Select(l => l.Slug()))}.");
        var date = r.Date(e, "date", path, required: true);
        var issuer = r.Text(e, "issuer", path, required: true);
        var place = r.Text(e, "place", path, required: true);
        if (date is null || issuer is null || place is null) return null;
        return new DocumentMeta
        {
            Superior = r.Text(e, "superior", path),
            Issuer = issuer,
            IssuerCode = r.Text(e, "issuerCode", path) ?? "ĐU",
            Number = number,
            Place = place,
            Date = date.Value,
            Excerpt = r.Text(e, "excerpt", path) ?? "",
            ExcerptPrefix = e.TryGetProperty("excerptPrefix", out var prefix) && prefix.ValueKind == JsonValueKind.String ? prefix.GetString()!.Normalize() : "V/v ",
            Bases = r.List(e, "bases", path, (item, p) => r.Object(item, p)
                ? new Citation
                {
                    Type = r.Text(item, "type", p, required: true) ?? "",
                    Number = r.Text(item, "number", p, required: true) ?? "",
                    Date = r.Date(item, "date", p),
                    Issuer = r.Text(item, "issuer", p),
                    About = r.Text(item, "about", p),
                }
                : null),
            Recipients = r.List(e, "recipients", path, (item, p) => r.String(item, p)),
            CopyTo = r.List(e, "copyTo", path, (item, p) => r.String(item, p)),
            Signer = signer.ValueKind == JsonValueKind.Object
                ? new Signer
                {
                    Authority = authority ?? SignAuthority.OnBehalf,
                    Body = r.Text(signer, "body", $"{path}.signer"),
                    Title = r.Text(signer, "title", $"{path}.signer") ?? "",
                    Name = r.Text(signer, "name", $"{path}.signer") ?? "",
                }
                : new Signer { Body = null },
            Margins = margins,
            IssuerLevel = issuerLevel,
            AdvisoryBody = r.Text(e, "advisoryBody", path),
            AllowDeputySecretaryKt = r.Bool(e, "allowDeputySecretaryKt", path) ?? false,
        };
    }

    public static CampaignSchedule? ReadSchedule(JsonElement e, Reader r, string path)
    {
        if (!r.Object(e, path)) return null;
        var year = r.Int(e, "year", path, required: true);
        var deadlines = r.List(e, "deadlines", path, (item, p) =>
        {
            if (!r.Object(item, p)) return null;
            var level = r.Text(item, "level", p, required: true);
            var task = r.Text(item, "task", p, required: true);
            var deadline = r.Date(item, "deadline", p, required: true);
            return level is null || task is null || deadline is null ? null : new CampaignDeadline(level, task, deadline.Value);
        });
        if (year is null) return null;
        return new CampaignSchedule
        {
            Year = year.Value,
            Deadlines = deadlines,
            ReportTo = r.Text(e, "reportTo", path),
        };
    }

    public static ReminderInput? ReadReminder(JsonElement e, Reader r, string path)
    {
        if (!r.Object(e, path)) return null;
        var year = r.Int(e, "year", path, required: true);
        var deadline = r.Date(e, "deadline", path, required: true);
        var newDeadline = r.Date(e, "newDeadline", path, required: true);
        var units = r.List(e, "units", path, (item, p) =>
        {
            if (!r.Object(item, p)) return null;
            var name = r.Text(item, "name", p, required: true);
            var statusText = r.Text(item, "status", p, required: true);
            var status = SubmissionStatuses.Parse(statusText);
            if (statusText is not null && status is null)
                r.Error(FindingCatalogue.JsonWrongType, $"{p}.status", $"Tình trạng \"{statusText}\" không hợp lệ; dùng \"missing\" (chưa gửi), \"invalid\" (chưa hợp lệ) hoặc \"late\" (gửi muộn).");
            var problems = r.List(item, "problems", p, (x, pp) => r.String(x, pp));
            return name is null || status is null ? null : new UnitSubmission(name, status.Value, problems) { Code = r.Text(item, "code", p) };
        });
        if (year is null || deadline is null || newDeadline is null) return null;
        return new ReminderInput
        {
            Year = year.Value,
            Deadline = deadline.Value,
            NewDeadline = newDeadline.Value,
            Units = units,
            BasisText = r.Text(e, "basisText", path),
            ReportTo = r.Text(e, "reportTo", path),
        };
    }

    public static DecisionInput? ReadDecision(JsonElement e, Reader r, string path)
    {
        if (!r.Object(e, path)) return null;
        var year = r.Int(e, "year", path, required: true);
        if (!e.TryGetProperty("units", out var list) || list.ValueKind == JsonValueKind.Null)
            r.Error(FindingCatalogue.JsonMissingField, $"{path}.units", $"Thiếu danh sách đơn vị \"units\" ({path}.units) với mức xếp loại đã quyết định của từng đơn vị.");
        var units = r.List(e, "units", path, (item, p) => ReadUnitLevel(item, r, p, decidedRequired: true));
        if (year is null) return null;
        return new DecisionInput
        {
            Year = year.Value,
            Units = units,
            ProposedBy = r.Text(e, "proposedBy", path),
            Subject = r.Text(e, "subject", path),
        };
    }

    public static ReportDetails? ReadReportDetails(JsonElement e, Reader r, string path)
    {
        if (!r.Object(e, path)) return null;
        ReviewCount? Count(JsonElement parent, string name, string p)
        {
            if (!parent.TryGetProperty(name, out var c) || c.ValueKind == JsonValueKind.Null) return null;
            if (!r.Object(c, $"{p}.{name}")) return null;
            var held = r.Long(c, "held", $"{p}.{name}", required: true);
            var total = r.Long(c, "total", $"{p}.{name}", required: true);
            if (held is null || total is null) return null;
            if (held < 0 || total < 0 || held > total)
            {
                r.Error(FindingCatalogue.JsonWrongType, $"{p}.{name}", $"\"{p}.{name}\": số đã kiểm điểm ({held}) phải từ 0 đến tổng số ({total}).");
                return null;
            }
            return new ReviewCount(held.Value, total.Value);
        }
        ReviewHeld? reviewHeld = null;
        if (e.TryGetProperty("reviewHeld", out var rh) && rh.ValueKind != JsonValueKind.Null && r.Object(rh, $"{path}.reviewHeld"))
            reviewHeld = new ReviewHeld
            {
                Organizations = Count(rh, "organizations", $"{path}.reviewHeld"),
                OrganizationNoun = r.Text(rh, "organizationNoun", $"{path}.reviewHeld"),
                LeadershipCollectives = Count(rh, "leadershipCollectives", $"{path}.reviewHeld"),
                Members = Count(rh, "members", $"{path}.reviewHeld"),
            };
        long? commendedOrganizations = null, commendedMembers = null;
        if (e.TryGetProperty("commended", out var cm) && cm.ValueKind != JsonValueKind.Null && r.Object(cm, $"{path}.commended"))
        {
            commendedOrganizations = r.Long(cm, "organizations", $"{path}.commended");
            commendedMembers = r.Long(cm, "members", $"{path}.commended");
        }
        var denominatorText = r.Text(e, "quotaDenominator", path);
        QuotaDenominator? denominator = denominatorText switch
        {
            null => null,
            "good" => QuotaDenominator.Good,
            "goodAndExcellent" => QuotaDenominator.GoodAndExcellent,
            _ => null,
        };
        if (denominatorText is not null && denominator is null)
            r.Error(FindingCatalogue.JsonWrongType, $"{path}.quotaDenominator", $"\"{denominatorText}\" không hợp lệ; dùng \"good\" (so với số hoàn thành tốt nhiệm vụ) hoặc \"goodAndExcellent\" (… trở lên).");
        var precision = r.Int(e, "percentPrecision", path);
        if (precision is < 0 or > 4) r.Error(FindingCatalogue.JsonWrongType, $"{path}.percentPrecision", "Số chữ số thập phân của tỷ lệ phải từ 0 đến 4.");
        return new ReportDetails
        {
            Units = r.List(e, "units", path, (item, p) => ReadUnitLevel(item, r, p, decidedRequired: false)),
            ReviewHeld = reviewHeld,
            PlanText = r.Text(e, "planText", path),
            Strengths = r.List(e, "strengths", path, (x, p) => r.String(x, p)),
            Shortcomings = r.List(e, "shortcomings", path, (x, p) => r.String(x, p)),
            Commendation = r.List(e, "commendation", path, (x, p) => r.String(x, p)),
            Proposals = r.List(e, "proposals", path, (x, p) => r.String(x, p)),
            CommendedOrganizations = commendedOrganizations,
            CommendedMembers = commendedMembers,
            Overrides = denominator is null && precision is null ? null : new RulesetOverrides { QuotaDenominator = denominator, PercentPrecision = precision is >= 0 and <= 4 ? precision : null },
        };
    }

    /// <summary>{"code", "name", "kind", "level", "proposedLevel", "reason", "reviewed"}: levels as JSON keys or Vietnamese names.</summary>
    private static UnitLevel? ReadUnitLevel(JsonElement item, Reader r, string p, bool decidedRequired)
    {
        if (!r.Object(item, p)) return null;
        var name = r.Text(item, "name", p, required: true);
        RatingLevel? Level(string field, bool required)
        {
            var text = r.Text(item, field, p, required);
            if (text is null) return null;
            var level = RatingLevelParser.TryParse(text);
            if (level is null)
                r.Error(FindingCatalogue.JsonWrongType, $"{p}.{field}", $"Mức xếp loại \"{text}\" không hợp lệ; dùng \"excellent\", \"good\", \"complete\", \"notComplete\" hoặc tên đầy đủ (\"Hoàn thành tốt nhiệm vụ\"…).");
            return level;
        }
        var decided = Level("level", decidedRequired);
        var proposed = Level("proposedLevel", false);
        var kindText = r.Text(item, "kind", p);
        var kind = UnitKinds.FromSlug(kindText);
        if (kindText is not null && kind is null)
            r.Error(FindingCatalogue.JsonWrongType, $"{p}.kind", $"Loại đơn vị \"{kindText}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => k.Slug()))}.");
        if (name is null) return null;
        return new UnitLevel
        {
            Code = r.Text(item, "code", p), Name = name, Kind = kind, Level = decided, ProposedLevel = proposed,
            Reason = r.Text(item, "reason", p), Reviewed = r.Bool(item, "reviewed", p),
        };
    }

    private static JsonReadResult<T> Parse<T>(ReadOnlyMemory<byte> utf8, string file, Func<JsonElement, Reader, string, T?> read) where T : class
    {
        try
        {
            using var doc = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 32 });
            var reader = new Reader(file);
            var value = read(doc.RootElement, reader, file);
            return new JsonReadResult<T>(reader.Findings.Any(f => f.Severity == Severity.Error) ? null : value, reader.Findings);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (dòng {line + 1}, cột {(e.BytePositionInLine ?? 0) + 1})" : "";
            return new JsonReadResult<T>(null, [Finding.Error(FindingCatalogue.JsonUnreadable, file, $"Tệp JSON {file} sai cú pháp{where}.")]);
        }
    }

    /// <summary>Typed access to JSON properties that records what is wrong instead of throwing.</summary>
    public sealed class Reader(string file)
    {
        public string File { get; } = file;
        public List<Finding> Findings { get; } = [];

        public void Error(string code, string path, string message) => Findings.Add(Finding.Error(code, path, message));

        public bool Object(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Object) return true;
            Error(FindingCatalogue.JsonWrongType, path, $"\"{path}\" phải là một đối tượng {{ … }}.");
            return false;
        }

        public string? String(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.String) { Error(FindingCatalogue.JsonWrongType, path, $"\"{path}\" phải là chuỗi ký tự."); return null; }
            var s = VietnameseText.Clean(e.GetString());
            if (s.Length > MaxTextLength) { Error(TooMany, path, $"\"{path}\" dài {s.Length} ký tự, vượt giới hạn {MaxTextLength}."); return null; }
            return s;
        }

        public string? Text(JsonElement e, string name, string path, bool required = false)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required) Error(FindingCatalogue.JsonMissingField, $"{path}.{name}", $"Thiếu trường \"{name}\" ({path}.{name}).");
                return null;
            }
            return String(v, $"{path}.{name}");
        }

        public int? Int(JsonElement e, string name, string path, bool required = false)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required) Error(FindingCatalogue.JsonMissingField, $"{path}.{name}", $"Thiếu trường \"{name}\" ({path}.{name}).");
                return null;
            }
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
            Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" phải là số nguyên.");
            return null;
        }

        public long? Long(JsonElement e, string name, string path, bool required = false)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required) Error(FindingCatalogue.JsonMissingField, $"{path}.{name}", $"Thiếu trường \"{name}\" ({path}.{name}).");
                return null;
            }
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var i) && i >= 0) return i;
            Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" phải là số nguyên không âm.");
            return null;
        }

        public decimal? Decimal(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
            Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" phải là số.");
            return null;
        }

        public bool? Bool(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
            Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" phải là true hoặc false.");
            return null;
        }

        /// <summary>"2025-12-05" or "05/12/2025".</summary>
        public DateOnly? Date(JsonElement e, string name, string path, bool required = false)
        {
            var text = Text(e, name, path, required);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" = \"{text}\" không phải ngày (dùng \"2025-12-05\" hoặc \"05/12/2025\").");
            return null;
        }

        public IReadOnlyList<T> List<T>(JsonElement e, string name, string path, Func<JsonElement, string, T?> item) where T : class
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
            if (v.ValueKind != JsonValueKind.Array) { Error(FindingCatalogue.JsonWrongType, $"{path}.{name}", $"\"{path}.{name}\" phải là một danh sách [ … ]."); return []; }
            if (v.GetArrayLength() > MaxItems) { Error(TooMany, $"{path}.{name}", $"\"{path}.{name}\" có {v.GetArrayLength()} mục, vượt giới hạn {MaxItems}."); return []; }
            var result = new List<T>();
            var i = 0;
            foreach (var x in v.EnumerateArray())
            {
                if (item(x, $"{path}.{name}[{i++}]") is { } value) result.Add(value);
            }
            return result;
        }
    }
}
