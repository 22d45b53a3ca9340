/// The one stylesheet: mobile-first, a warm red accent, a CJK-first font stack, light and dark.
/// Served by Hongshu itself with a long cache lifetime (the link carries a version).
enum Stylesheet {
    static let css: StaticString = """
        :root{--accent:#d41f3a;--accent-fill:#d41f3a;--accent-ink:#fff;--ink:#1f1f1f;--muted:#6b6b6b;--bg:#f7f6f4;--card:#fff;--line:#e7e4df;\
        --radius:14px;--font:-apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Noto Sans SC",\
        "Source Han Sans SC","Microsoft YaHei","Helvetica Neue",Arial,sans-serif;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--ink:#eee;--muted:#a5a5a5;--bg:#141414;--card:#1f1f1f;--line:#333;--accent:#ff6b7d;--accent-fill:#c81d34}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font-family:var(--font);color:var(--ink);background:var(--bg);line-height:1.6}
        a{color:inherit;text-decoration:none}
        a:hover{text-decoration:underline}
        :focus-visible{outline:3px solid var(--accent);outline-offset:2px}
        .top{position:sticky;top:0;z-index:10;display:flex;align-items:center;justify-content:space-between;gap:.5rem;\
        padding:.6rem 1rem;background:var(--card);border-bottom:1px solid var(--line)}
        .brand{font-weight:800;font-size:1.35rem;color:var(--accent)}
        .brand span{font-size:.8rem;margin-left:.3rem;color:var(--muted);font-weight:600}
        nav{display:flex;align-items:center;gap:.8rem;flex-wrap:wrap;font-size:.92rem;min-width:0}
        nav>a,nav>form{flex:none;white-space:nowrap}
        .brand{flex:none}
        main{max-width:1180px;margin:0 auto;padding:1rem}
        @media (max-width:520px){.brand span{display:none}nav{gap:.55rem;font-size:.85rem;flex-wrap:nowrap;\
        overflow-x:auto;scrollbar-width:none;padding:.2rem 0}nav::-webkit-scrollbar{display:none}\
        nav .button{padding:.4rem .8rem}nav .en-label{display:none}}
        .pin{width:1em;height:1em;vertical-align:-.15em;fill:currentColor}
        .foot{text-align:center;color:var(--muted);font-size:.8rem;padding:2rem 1rem}
        .button{display:inline-block;border:0;border-radius:999px;background:var(--accent-fill);color:var(--accent-ink);\
        padding:.5rem 1.1rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
        .button:hover{filter:brightness(1.06);text-decoration:none}
        .button.ghost{background:transparent;color:var(--accent);box-shadow:inset 0 0 0 1.5px var(--accent)}
        .button.small{padding:.25rem .8rem;font-size:.85rem}
        .button.wide{width:100%;padding:.75rem}
        .link{background:none;border:0;padding:0;font:inherit;color:inherit;cursor:pointer}
        form.inline{display:inline}
        .spends{list-style:none;padding:0;margin:.5rem 0}.spends li{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;\
        padding:.45rem 0;border-bottom:1px solid var(--line)}
        .hero{background:linear-gradient(135deg,#e8394f,#b8162d);color:#fff;border-radius:var(--radius);padding:1.5rem;margin-bottom:1rem}
        .hero h1{margin:0 0 .3rem;font-size:1.6rem}
        .hero .button{background:#fff;color:#b8162d}
        .section{font-size:1.05rem;margin:.5rem 0 .8rem}
        .grid{columns:2;column-gap:.7rem}
        @media (min-width:720px){.grid{columns:3}}
        @media (min-width:1024px){.grid{columns:4;column-gap:1rem}}
        .card{break-inside:avoid;background:var(--card);border-radius:var(--radius);overflow:hidden;margin:0 0 .7rem;\
        box-shadow:0 1px 2px rgba(0,0,0,.06)}
        .card .cover{display:block}
        .card img{display:block;width:100%;height:auto}
        .card h3{font-size:.95rem;margin:.5rem .7rem .2rem;line-height:1.4;overflow-wrap:anywhere}
        .byline{margin:0 .7rem .6rem;font-size:.8rem;color:var(--muted)}
        .byline{display:flex;align-items:center;justify-content:space-between;gap:.4rem}
        .byline a{display:flex;align-items:center;gap:.35rem;min-width:0}
        .likes{display:inline-flex;align-items:center;gap:.2rem;flex:none}
        .icon{width:1.05em;height:1.05em;fill:none;stroke:currentColor;stroke-width:2}
        .liked .icon,.icon.filled{fill:var(--accent);stroke:var(--accent)}
        .actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.8rem 0}
        .actions select{font:inherit;border-radius:999px;border:1.5px solid var(--line);background:var(--bg);\
        color:inherit;padding:.25rem .6rem}
        .placeholder{display:flex;align-items:center;justify-content:center;aspect-ratio:3/4;font-size:2.6rem;font-weight:700;\
        color:#fff;background:linear-gradient(160deg,hsl(var(--hue) 70% 72%),hsl(calc(var(--hue) + 40) 65% 55%))}
        .avatar{display:inline-flex;align-items:center;justify-content:center;width:1.6rem;height:1.6rem;border-radius:50%;\
        color:#fff;font-size:.8rem;font-weight:700;background:hsl(var(--hue) 60% 30%);flex:none}
        .more{text-align:center}
        .empty{color:var(--muted);text-align:center;padding:3rem 1rem}
        .note{background:var(--card);border-radius:var(--radius);overflow:hidden;display:grid;gap:0}
        @media (min-width:860px){.note{grid-template-columns:minmax(0,1.2fr) minmax(0,1fr)}}
        .gallery{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;background:#000}
        .gallery-frame{position:relative}
        .gallery-count{position:absolute;right:.6rem;top:.6rem;background:rgba(0,0,0,.72);color:#fff;border-radius:999px;\
        padding:.1rem .6rem;font-size:.8rem}
        .gallery img,.gallery video,.gallery .placeholder{scroll-snap-align:center;flex:0 0 100%;width:100%;height:auto;max-height:80vh;object-fit:contain}
        .note-text{padding:1rem 1.2rem}
        .note-text h1{font-size:1.3rem;margin:.6rem 0}
        .note-text p{margin:.4rem 0;overflow-wrap:anywhere}
        .author{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
        .author .avatar{width:2.2rem;height:2.2rem;font-size:1rem}
        .author form,.author>.button{margin-left:auto}
        .muted{color:var(--muted);font-size:.88rem}
        .mention{color:var(--accent)}
        .chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
        .chip{display:inline-flex;align-items:center;gap:.3rem;border-radius:999px;background:var(--bg);padding:.2rem .7rem;font-size:.85rem}
        .chip .en{color:var(--muted);font-size:.75rem}
        .chip.topic{color:#2a5db0}
        @media (prefers-color-scheme:dark){.chip.topic{color:#8db4ff}}
        .place{color:var(--muted)}
        a.chip{text-decoration:none}
        a.chip:hover{box-shadow:inset 0 0 0 1.5px var(--accent)}
        .categories{display:grid;gap:1rem}
        @media (min-width:860px){.categories{grid-template-columns:1fr 1fr}}
        .category{background:var(--card);border-radius:var(--radius);padding:1rem 1.2rem}
        .category h2{font-size:1.1rem;margin:0 0 .6rem}
        .category .chips,.tag-head .chips{display:flex;flex-wrap:wrap;gap:.4rem}
        .en{color:var(--muted);font-size:.8em;font-weight:400}
        .tag-head{background:var(--card);border-radius:var(--radius);padding:1rem 1.2rem;margin-bottom:1rem}
        .tag-head h1{margin:.2rem 0;font-size:1.4rem}
        .crumbs{margin:0;font-size:.85rem;color:var(--muted)}
        .profile{display:flex;gap:1rem;align-items:center;background:var(--card);border-radius:var(--radius);padding:1.2rem;margin-bottom:1rem}
        .profile>.avatar{width:4.5rem;height:4.5rem;font-size:2rem}
        .profile h1{margin:0;font-size:1.3rem}
        .profile p{margin:0}
        .stats{list-style:none;display:flex;gap:1.1rem;padding:0;margin:.5rem 0}
        .panel{max-width:440px;margin:1rem auto;background:var(--card);border-radius:var(--radius);padding:1.4rem}
        .panel.wide{max-width:720px}
        .panel.center{text-align:center}
        .panel h1{font-size:1.3rem;margin-top:0}
        .status{font-size:3rem;font-weight:800;color:var(--accent);margin:0}
        .field{margin:0 0 1rem;border:0;padding:0}
        .field label,.field legend{display:block;font-weight:600;margin-bottom:.3rem}
        .field input,.field textarea,.field select{width:100%;font:inherit;color:inherit;background:var(--bg);border:1.5px solid var(--line);\
        border-radius:10px;padding:.6rem .7rem}
        .field input:focus,.field textarea:focus{border-color:var(--accent);outline:none}
        .field.invalid input,.field.invalid textarea{border-color:var(--accent)}
        .hint{color:var(--muted);font-size:.8rem;margin:.25rem 0 0}
        .error{color:var(--accent);font-size:.85rem;margin:.3rem 0 0;font-weight:600}
        .alert{background:#fde8ea;color:#a3172a;border-radius:10px;padding:.6rem .8rem}
        .alert.ok{background:#e7f6ec;color:#17603a}
        #share form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.5rem}
        #share label{width:100%;font-size:.8rem;color:var(--muted)}
        #share input{font:inherit;border:1.5px solid var(--line);border-radius:999px;padding:.25rem .7rem;background:var(--bg);color:inherit}
        .choices{display:flex;flex-wrap:wrap;gap:.4rem}
        .choice{cursor:pointer}
        .choice input{width:auto;margin:0}
        .row{display:grid;gap:.8rem}
        .comments{background:var(--card);border-radius:var(--radius);padding:1rem 1.2rem;margin-top:1rem}
        .comment-form{display:flex;gap:.5rem;align-items:flex-end;margin-bottom:1rem}
        .comment-form textarea,.comments details textarea{flex:1;width:100%;font:inherit;color:inherit;background:var(--bg);\
        border:1.5px solid var(--line);border-radius:10px;padding:.5rem}
        .thread{border-top:1px solid var(--line);padding:.7rem 0}
        .comment p{margin:.15rem 0}
        .comment .text{overflow-wrap:anywhere}
        .replies{margin-left:1.2rem}
        .reply{padding-top:.5rem}
        .comment-actions{display:flex;gap:.8rem;align-items:center;font-size:.85rem;flex-wrap:wrap}
        .comments details summary{cursor:pointer;color:var(--muted)}
        .badge{display:inline-block;background:var(--accent-fill);color:var(--accent-ink);border-radius:6px;padding:0 .4rem;\
        font-size:.75rem;margin-bottom:.2rem}
        .small{font-size:.85rem}
        .notices{list-style:none;padding:0;margin:1rem 0}
        .notice{padding:.6rem 0;border-bottom:1px solid var(--line)}
        .notice.unread{font-weight:600}
        .notice.unread::before{content:"";display:inline-block;width:.5rem;height:.5rem;border-radius:50%;\
        background:var(--accent);margin-right:.4rem;vertical-align:middle}
        .boards{list-style:none;padding:0;margin:0 0 1rem}
        .boards li{padding:.6rem 0;border-bottom:1px solid var(--line)}
        .check{display:flex;gap:.4rem;align-items:center;margin:0 0 1rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .price{color:var(--accent);font-weight:700;white-space:nowrap}
        .price.big{font-size:1.4rem;margin:.2rem 0}
        .product-card .byline{justify-content:space-between}
        .stars{color:#f5a623;letter-spacing:1px}
        .products{display:grid;gap:.5rem;margin:1rem 0}
        .product-strip{display:flex;gap:.7rem;align-items:center;background:var(--bg);border:1px solid var(--line);\
        border-radius:12px;padding:.5rem;color:inherit;text-decoration:none}
        .product-strip:hover{border-color:var(--accent)}
        .product-strip img,.product-strip .placeholder{width:64px;height:64px;object-fit:cover;border-radius:8px;\
        flex:none;font-size:1.4rem;display:flex;align-items:center;justify-content:center}
        .product-strip>span{display:flex;flex-direction:column;gap:.1rem;min-width:0}
        .badge.muted{background:var(--line);color:var(--muted)}
        .badge.purchased{font-size:.85rem;padding:.1rem .5rem}
        .badge.purchased .stars{color:#fff3c4}
        .pill{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.8rem;font-weight:600;\
        background:var(--line);color:var(--ink);white-space:nowrap}
        .pill-pending,.pill-refund_requested{background:#fff3c4;color:#7a5300}
        .pill-paid,.pill-shipped,.pill-delivered{background:#e3efff;color:#1d4f91}
        .pill-completed{background:#e7f6ec;color:#17603a}
        .pill-cancelled,.pill-refunded{background:var(--line);color:var(--muted)}
        .lines,.orders,.timeline{list-style:none;padding:0;margin:.5rem 0}
        .line{display:flex;gap:.8rem;align-items:flex-start;padding:.7rem 0;border-bottom:1px solid var(--line)}
        .line img,.line .placeholder{width:72px;height:72px;object-fit:cover;border-radius:10px;flex:none;\
        display:flex;align-items:center;justify-content:center;font-size:1.5rem}
        .line form.qty input{width:4.5rem;font:inherit;border:1.5px solid var(--line);border-radius:8px;padding:.2rem .4rem;\
        background:var(--bg);color:inherit;margin:.3rem .3rem 0 0}
        .orders li{border-bottom:1px solid var(--line)}
        .orders a,.orders li>span{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.3rem .8rem;padding:.7rem 0;\
        color:inherit;text-decoration:none}
        .orders li{display:flex;flex-wrap:wrap;justify-content:space-between}
        .orders a{width:100%}
        .timeline li{padding:.3rem 0 .3rem 1rem;border-left:2px solid var(--line)}
        .total{display:flex;justify-content:space-between;margin:.4rem 0}
        .buy fieldset,.panel fieldset{border:0;padding:0;margin:0 0 1rem}
        .buy legend,.panel legend{font-weight:600;margin-bottom:.3rem}
        .option{display:flex;gap:.5rem;align-items:center;padding:.35rem 0;cursor:pointer}
        .option input{width:auto}
        .field select,.sku input,.panel select{font:inherit;color:inherit;background:var(--bg);border:1.5px solid var(--line);\
        border-radius:10px;padding:.4rem .6rem}
        .sku{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.4rem 0;border-bottom:1px dashed var(--line)}
        .sku>span{min-width:5rem;font-weight:600}
        .sku input{width:6rem}
        .review .stars{display:block;margin-bottom:.2rem}
        @media (min-width:560px){.row{grid-template-columns:1fr 1fr}}
        .search{display:flex;flex:1 1 14rem;max-width:26rem;min-width:9rem;margin:0 .4rem}
        .search input{flex:1;min-width:0;padding:.4rem .8rem;border:1px solid var(--line);border-radius:999px 0 0 999px;\
        background:var(--bg);color:var(--ink);font:inherit;font-size:.92rem}
        .search button{border:0;border-radius:0 999px 999px 0;padding:.4rem .8rem;background:var(--accent-fill);color:var(--accent-ink);\
        font:inherit;font-size:.9rem;cursor:pointer}
        @media (max-width:719px){.top{flex-wrap:wrap}.search{order:3;flex-basis:100%;max-width:none;margin:.2rem 0 0}}
        .tabs{display:flex;gap:.4rem;overflow-x:auto;margin:.4rem 0 .6rem;padding-bottom:.2rem}
        .tabs a,.sorts a{padding:.3rem .8rem;border-radius:999px;border:1px solid var(--line);white-space:nowrap;font-size:.9rem}
        .tabs a.on,.sorts a.on{background:var(--accent-fill);color:var(--accent-ink);border-color:var(--accent)}
        .sorts{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap;font-size:.9rem;color:var(--muted)}
        mark{background:none;color:var(--accent);font-weight:700}
        .snippet{margin:.1rem .6rem .3rem;font-size:.85rem;color:var(--muted);display:-webkit-box;-webkit-line-clamp:3;\
        -webkit-box-orient:vertical;overflow:hidden}
        .results{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}
        .results li{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:.7rem .9rem;\
        display:flex;justify-content:space-between;gap:.6rem;align-items:center;flex-wrap:wrap}
        .notice{background:var(--card);border-left:4px solid var(--accent);padding:.5rem .8rem;border-radius:8px}
        .no-hits{background:var(--card);border-radius:var(--radius);padding:1rem;border:1px solid var(--line)}
        table.report{width:100%;border-collapse:collapse;background:var(--card);margin:1rem 0;font-size:.9rem}
        table.report caption{text-align:left;font-weight:700;padding:.4rem 0}
        table.report th,table.report td{padding:.45rem .6rem;border-bottom:1px solid var(--line);text-align:left}
        table.report td+td,table.report th+th{text-align:right}
        .scroll{overflow-x:auto}
        .period{display:flex;gap:.6rem;align-items:flex-end;flex-wrap:wrap}
        .period .field{margin:0}
        .figures{flex-wrap:wrap}
        .figures li{flex:1 1 8rem;background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:.5rem .8rem}
        .figures strong{display:block;font-size:1.2rem}
        svg.chart{width:100%;height:auto;max-width:720px;background:var(--card);border-radius:var(--radius);\
        border:1px solid var(--line);padding:.5rem;box-sizing:border-box}
        svg.chart .axis{font-size:14px;fill:var(--muted)}
        svg.chart .value{font-size:14px;fill:var(--ink)}
        svg.chart .bar{fill:var(--accent)}
        svg.chart .grid{stroke:var(--line)}
        svg.chart .line{fill:none;stroke-width:2.5}
        svg.chart .line.read,.legend .read{stroke:#8a8a8a;background:#8a8a8a}
        svg.chart .line.click,.legend .click{stroke:#f29f3d;background:#f29f3d}
        svg.chart .line.buy,.legend .buy{stroke:var(--accent);background:var(--accent)}
        .legend{font-size:.85rem;color:var(--muted)}
        .legend .key{display:inline-block;width:.9rem;height:.25rem;border-radius:2px;vertical-align:middle;margin:0 .3rem 0 .6rem}
        .small{font-size:.85rem}
        .skip{position:absolute;left:-9999px;top:.5rem;z-index:20;background:var(--card);color:var(--ink);padding:.5rem .9rem;\
        border-radius:999px;box-shadow:0 2px 12px rgba(0,0,0,.2)}
        .skip:focus{left:.5rem}
        main:focus{outline:none}
        .feed-tabs{position:sticky;top:0;z-index:2;background:var(--bg);padding:.4rem 0;margin:0 0 .4rem}
        .feed-tabs a{font-size:1rem;font-weight:600}
        .card-foot{display:flex;align-items:center;justify-content:space-between;gap:.4rem;margin:-.3rem .7rem .5rem;\
        font-size:.78rem;color:var(--muted);min-height:1.4rem}
        .card-foot .why{color:var(--muted)}
        .distance{white-space:nowrap}
        .card-menu{position:relative;margin-left:auto}
        .card-menu summary{list-style:none;cursor:pointer;padding:0 .5rem;border-radius:999px;font-size:1.1rem;line-height:1.4;\
        color:var(--muted)}
        .card-menu summary::-webkit-details-marker{display:none}
        .card-menu[open] summary{background:var(--bg)}
        .card-menu .menu{position:fixed;left:.6rem;right:.6rem;bottom:.6rem;z-index:10;background:var(--card);\
        border:1px solid var(--line);border-radius:16px;box-shadow:0 -4px 32px rgba(0,0,0,.22);padding:.4rem;display:grid;gap:.1rem;\
        max-width:26rem;margin:0 auto}
        .card-menu[open] summary::before{content:"";position:fixed;inset:0;background:rgba(0,0,0,.25);z-index:9;cursor:default}
        .card-menu .menu a,.card-menu .menu button{display:block;width:100%;text-align:left;background:none;border:0;color:var(--ink);\
        font:inherit;font-size:.95rem;padding:.75rem .8rem;border-radius:10px;cursor:pointer}
        .card-menu .menu a:hover,.card-menu .menu button:hover{background:var(--bg)}
        .card-menu form{display:grid;gap:.1rem;margin:0}
        .banner{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:var(--radius);\
        padding:.7rem .9rem;margin:.4rem 0 .8rem}
        .toast{background:var(--ink);color:var(--bg);border-radius:999px;padding:.5rem 1rem;display:inline-block;margin:.2rem 0 .8rem;\
        font-size:.9rem}
        .feed-end{text-align:center}
        .toast-live{position:fixed;left:50%;bottom:1.2rem;transform:translate(-50%,150%);background:#1f1f1f;color:#fff;\
        border-radius:999px;padding:.55rem 1.1rem;font-size:.9rem;z-index:30;transition:transform .2s;pointer-events:none}
        .toast-live.shown{transform:translate(-50%,0)}
        .toast-live:empty{display:none}
        .yours .grid{margin-bottom:.4rem}
        .yours h2{font-size:.95rem;color:var(--muted);margin:.2rem 0 .5rem}
        .nearby-form{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.2rem 0 1rem}
        .nearby-form label{font-weight:600}
        .nearby-form input[name=city]{flex:1 1 9rem;min-width:0;padding:.5rem .7rem;border-radius:999px;border:1px solid var(--line);\
        background:var(--card);color:var(--ink);font:inherit}
        .nearby-form .error{flex-basis:100%}
        .nearby-form button.ghost{background:transparent;color:var(--accent);box-shadow:inset 0 0 0 1.5px var(--accent)}
        .why{display:grid;gap:1rem}
        @media (min-width:720px){.why{grid-template-columns:16rem 1fr}}
        .why-card{max-width:11rem}
        @media (min-width:720px){.why-card{max-width:16rem}}
        .reasons{list-style:none;padding:0;display:grid;gap:.5rem}
        .reason{background:var(--card);border-radius:var(--radius);padding:.6rem .8rem;border-left:4px solid var(--accent)}
        .reason.negative{border-left-color:var(--muted);color:var(--muted)}
        .parts{display:grid;gap:.4rem;margin:.4rem 0 1rem}
        .part{display:grid;grid-template-columns:9rem 1fr 3rem;align-items:center;gap:.5rem;font-size:.9rem}
        .part .bar{height:.6rem;border-radius:999px;background:linear-gradient(90deg,var(--accent) var(--w),var(--line) var(--w))}
        .part .value{text-align:right;color:var(--muted);font-variant-numeric:tabular-nums}
        .why-actions{display:flex;flex-wrap:wrap;gap:.5rem}
        .why-actions button{border-radius:999px;padding:.45rem .9rem;font:inherit;cursor:pointer}
        .onboarding .category{border:1px solid var(--line);border-radius:var(--radius);background:var(--card);padding:.6rem .8rem}
        .onboarding legend{font-weight:700;padding:0 .3rem}
        .pick{position:relative;display:inline-flex}
        .pick input{position:absolute;opacity:0;width:1px;height:1px}
        .pick span{border-radius:999px;background:var(--bg);padding:.3rem .8rem;font-size:.9rem;cursor:pointer;border:1px solid var(--line)}
        .pick input:checked+span{background:var(--accent-fill);color:var(--accent-ink);border-color:var(--accent)}
        .pick input:focus-visible+span{outline:3px solid var(--accent);outline-offset:2px}
        .onboarding .actions{position:sticky;bottom:0;background:var(--bg);padding:.7rem 0;display:flex;gap:1rem;align-items:center}
        .onboarding .actions button{border:0;border-radius:999px;background:var(--accent-fill);color:var(--accent-ink);\
        padding:.6rem 1.4rem;font:inherit;font-weight:600;cursor:pointer}
        """
}
