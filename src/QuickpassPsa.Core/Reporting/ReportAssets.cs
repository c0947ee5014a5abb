using System;
using System.Security.Cryptography;
using System.Text;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>
    /// The report's only style and its only script, shipped inline so the file opens offline and can be emailed.
    /// The script sorts a table by a clicked header and filters its rows by a search box; nothing else. The page's
    /// Content-Security-Policy allows exactly this script (by hash) and no fetch of any kind, so even a value that
    /// escaped encoding could neither run nor call out.
    /// </summary>
    internal static class ReportAssets
    {
        public const string Style =
            "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:24px;color:#1f2328;background:#fff}" +
            "h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}" +
            // A long unbroken address or one-word name wraps anywhere, so a table fits the window and the printed page
            // (round 54: a 100-character address made the Unmatched table wider than the window, and printing cut columns off).
            // Headers, numbers and the one-word columns (status, reasons, yes/no, state, severity, code) keep their words whole.
            "table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}td{overflow-wrap:anywhere}" +
            "th,td.n,#review-table>tbody>tr>td:nth-child(3),#review-table>tbody>tr>td:nth-child(4),#unmatched-table>tbody>tr>td:nth-child(4)," +
            "#customers-table>tbody>tr>td:nth-child(2),#findings-table>tbody>tr>td:nth-child(-n+2){overflow-wrap:normal}" +
            // A customer's bar takes up to its 240 px and gives way in a narrow window.
            "svg.bar{width:100%;max-width:240px;min-width:60px}" +
            "th{background:#f6f8fa}table.sortable>thead th{cursor:pointer;user-select:none}" +
            "th[aria-sort=ascending]::after{content:' \\25B2'}th[aria-sort=descending]::after{content:' \\25BC'}" +
            "td.n,th.n{text-align:right}.run{color:#57606a}.ok{background:#dafbe1}.bad{background:#ffebe9}.none{color:#8c959f}" +
            "table.ev{margin:0;font-size:13px}table.ev td{overflow-wrap:anywhere}table.ev th{white-space:nowrap}table.ev th,table.ev td{padding:2px 6px}input[type=search]{padding:4px 8px;width:320px}" +
            ".legend span{display:inline-block;margin-right:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}" +
            ".Matched{background:#1a7f37}.Suggested{background:#4ac26b}.Review{background:#d4a72c}.Ambiguous{background:#e16f24}.Unmatched{background:#cf222e}" +
            // On paper: no filter boxes (they filter nothing there); the page's full width, smaller type, headers that wrap at
            // spaces and narrower bars, so every column fits a portrait page (print has no scrolling); rows kept whole.
            "@media print{.filter{display:none}body{margin:0;font-size:11px}th,td{padding:2px 4px}table.ev{font-size:10px}table.ev th{white-space:normal}" +
            "table.ev th,table.ev td{padding:1px 3px}svg.bar{max-width:120px}tr{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

        public const string Script =
            "(function(){'use strict';" +
            "function each(list,f){Array.prototype.forEach.call(list,f);}" +
            "function key(row,i){var c=row.cells[i];if(!c)return '';var v=c.getAttribute('data-v');return v!==null?v:c.textContent.trim().toLowerCase();}" +
            "function sort(t,i,th){var asc=th.getAttribute('aria-sort')!=='ascending';each(t.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});" +
            "th.setAttribute('aria-sort',asc?'ascending':'descending');var num=th.classList.contains('n');var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);" +
            "rows.sort(function(a,b){var x=key(a,i),y=key(b,i);var r=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);return asc?r:-r;});" +
            "each(rows,function(r){body.appendChild(r);});}" +
            "each(document.querySelectorAll('table.sortable'),function(t){each(t.tHead.rows[0].cells,function(th,i){th.tabIndex=0;" +
            "th.addEventListener('click',function(){sort(t,i,th);});th.addEventListener('keydown',function(e){if(e.key==='Enter')sort(t,i,th);});});});" +
            "each(document.querySelectorAll('input[data-filter]'),function(input){var t=document.getElementById(input.getAttribute('data-filter'));" +
            "input.addEventListener('input',function(){var q=input.value.trim().toLowerCase();each(t.tBodies[0].rows,function(r){r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;});});});" +
            "})();";

        /// <summary>The CSP source that allows exactly <see cref="Script"/>.</summary>
        public static string ScriptHash
        {
            get
            {
                using (var sha = SHA256.Create())
                {
                    return "'sha256-" + Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(Script))) + "'";
                }
            }
        }
    }
}
