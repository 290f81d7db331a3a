package org.factline.article;

/**
 * Chinese and mixed Chinese/English news texts written for Factline's near-duplicate tests (no
 * third-party text): one report in two copies with other site furniture around it, a different
 * report on a neighbouring subject, and a mixed-language report.
 */
final class CjkFixtures {

    private CjkFixtures() {}

    /** A report on a chip export rule. */
    static final String EXPORT_RULE = """
            商务部发布芯片出口管制新规
            本网北京3月12日电 商务部12日发布公告，宣布对部分高端芯片及其制造设备实施出口管制，新规将于4月1日起正式施行。\
            公告称，列入管制清单的物项包括运算性能超过规定门槛的图形处理器、用于先进制程的光刻设备以及相关技术资料。\
            出口经营者须向主管部门申请许可证，并如实申报最终用户和最终用途。
            商务部新闻发言人在当天的例行记者会上表示，此次调整是依据出口管制法作出的正常安排，旨在维护国家安全和利益，\
            履行防扩散等国际义务，不针对任何特定国家或地区。发言人强调，对于符合规定的正常贸易，主管部门将依法予以许可，\
            企业无需过度担忧。
            业内人士分析认为，新规对国内芯片设计企业的短期影响有限，但部分依赖进口设备的晶圆厂可能需要重新评估采购计划。\
            有行业协会负责人指出，企业应尽快梳理自身产品清单，建立完善的合规审查制度，避免因申报不实而受到处罚。\
            据了解，商务部将在新规实施前组织多场政策解读会，帮助企业熟悉申请流程。
            """;

    /** The report as one site shows it: breadcrumb, font size switch, editor, disclaimer, related links. */
    static String exportRuleOnSiteA() {
        return """
                首页 > 财经 > 正文
                字号：大 中 小
                """ + EXPORT_RULE + """
                责任编辑：王磊
                【免责声明】本文仅代表作者本人观点，与本网站无关。
                相关阅读：多地出台措施支持集成电路产业发展
                """;
    }

    /** The same report elsewhere: other header and footer, and one sentence reworded by the editor. */
    static String exportRuleOnSiteB() {
        return """
                环球财经频道 | 2025-03-12 10:25 | 来源：本网
                分享到：微信 微博 QQ空间
                """ + EXPORT_RULE.replace("企业无需过度担忧。", "请企业不必过度担忧。") + """
                扫码关注我们的公众号，获取更多财经资讯。
                版权所有 © 环球财经 未经授权禁止转载
                """;
    }

    /** A different report on a neighbouring subject: a chip industry park breaks ground. */
    static final String INDUSTRY_PARK = """
            首页 > 财经 > 正文
            字号：大 中 小
            半导体产业园二期项目开工
            本报讯 3月15日上午，位于城东新区的半导体产业园二期项目正式开工建设。该项目总投资约八十亿元，\
            规划建设十二英寸晶圆封装测试生产线及配套研发中心，预计两年后竣工投产。
            市长在开工仪式上致辞时说，半导体产业是全市重点培育的战略性新兴产业，园区一期已吸引四十余家上下游企业入驻，\
            去年实现产值一百二十亿元。二期项目建成后，将新增就业岗位约三千个，进一步完善本地集成电路产业链。
            据园区管委会介绍，二期项目将采用绿色建筑标准，屋顶铺设光伏发电设施，并建设污水集中处理站。\
            管委会还表示，将继续优化营商环境，为入驻企业提供人才公寓、子女入学等配套服务。
            责任编辑：王磊
            【免责声明】本文仅代表作者本人观点，与本网站无关。
            相关阅读：多地出台措施支持集成电路产业发展
            """;

    /** A Chinese report quoting English names, terms and a whole English sentence. */
    static final String MIXED = """
            英伟达（Nvidia）周二表示，美国商务部工业与安全局（BIS）已通知公司，其H20芯片出口到中国需要获得许可证。\
            英伟达首席执行官黄仁勋（Jensen Huang）此前曾表示，公司将继续遵守所有适用的出口管制规定。\
            分析人士称，这一决定可能使英伟达本季度减少约55亿美元的收入。
            The company said in a filing with the Securities and Exchange Commission that the licence requirement \
            would remain in place for the foreseeable future and that it had been told of it on Monday.
            公司股价在盘后交易中下跌约6%，多家供应链企业的股价也随之走低。
            """;

    static String mixedOnSiteA() {
        return "Subscribe to our newsletter for daily tech news\n" + MIXED + "Tags: Nvidia, 芯片, 出口管制\n";
    }

    static String mixedOnSiteB() {
        return "科技频道 > 芯片\n" + MIXED + "本文来源：综合报道。转载请注明出处。\n";
    }

    /** An English report on the same news, for comparison with the mixed one. */
    static final String ENGLISH_ON_THE_SAME_NEWS = """
            Nvidia said on Tuesday that the US Commerce Department's Bureau of Industry and Security had told it that \
            exports of its H20 chip to China now need a licence. Chief executive Jensen Huang had said before that the \
            company would keep following all applicable export control rules. Analysts said the decision could cut \
            revenue by about 5.5 billion dollars this quarter. The company said in a filing with the Securities and \
            Exchange Commission that the licence requirement would remain in place for the foreseeable future.
            """;
}
