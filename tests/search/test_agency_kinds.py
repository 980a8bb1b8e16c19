"""One vocabulary of kinds (职能) for /agencies and /stats: the kind read from an agency id as names are built
(place + function + unit), never a piece of a name (docs/agencies.md, "One vocabulary of kinds"). Names made up."""
import pytest

from search.agencies.kinds import OTHER, kind_of


@pytest.mark.parametrize("agency_id,kind", [
    # a zone's or area's committee is 管理委员会, whatever the zone is called
    ("120000:甲乙综合甲乙综保区管理委员会", "管理委员会"), ("320100:丙丁新城区开发建设管委会", "管理委员会"),
    ("500000:戊己古镇管理委员会", "管理委员会"), ("110000:甲乙中心区管理委员会", "管理委员会"),
    ("unresolved:庚辛保税区管委会办公室#r1", "管理委员会"), ("unresolved:庚辛综合保税区#r2", "管理委员会"),
    ("unresolved:壬癸投资区#r3", "管理委员会"),
    ("330100:国有资产监督管理委员会", "国有资产监督管理委员会"),  # the vocabulary's whole name is no zone's committee
    # an office is the government's, or its body's
    ("152200:行政公署办公室", "人民政府办公室"), ("152200:行署外事办公室", "外事办公室"),
    ("500000:卫生健康委员会办公室", "卫生健康委员会"), ("320300:人民政府办公室", "人民政府办公室"),
    # the abbreviation table's forms, a place's words before a function
    ("500103:经济信息委", "经济和信息化委员会"), ("513400:经济和信息化委员会", "经济和信息化委员会"),
    ("130582:沙河生态环境局", "生态环境局"),
    # a street's office written without 道
    ("unresolved:甲乙里街#r4", "街道办事处"), ("unresolved:丙丁街办事处#r5", "街道办事处"),
    # customs are one kind, the central one told by its level; other ministries are their own kinds
    ("central:海关总署", "海关"), ("central:海关总署本级", "海关"), ("central:全国海关", "海关"),
    ("320100:海关", "海关"), ("central:民政部", "民政部"), ("640300:民政局", "民政局"),
    # a customs district's report is a customs (QA 37 #3)
    ("640400:海关关区", "海关"),
    # a central unit the vocabulary lacks is of the body its name opens with, never its own whole name (QA 37 #2)
    ("central:中国科学院某某化学研究所", "中国科学院"), ("central:中国科学院某某分院机关", "中国科学院"),
    ("central:国家统计局调查总队", "国家统计局"),
    # nothing to read: 其他, never the name's text
    ("unresolved:chinaweatheradministration#r6", OTHER), ("unresolved:（无名称）#r7", OTHER),
    ("unresolved:某某园艺场#r8", OTHER),
])
def test_kind_of(agency_id, kind):
    assert kind_of(agency_id) == kind


# The name box reads a function typed (卫健委, 外办) as the kind the kind list shows: a body whose id keeps its office's
# word (…卫生健康委员会办公室, listed under 卫生健康委员会) or a place's words (沙河生态环境局) is found by it, with its
# place, as it is by 职能 (review 31: 重庆 卫健委 found nothing while 职能=卫生健康委员会 listed the body).
@pytest.mark.parametrize("agency_id, name, typed", [
    ("500000:卫生健康委员会办公室", "甲市卫生健康委员会办公室", ["卫健委"]),
    ("500000:卫生健康委员会办公室", "甲市卫生健康委员会办公室", ["甲市", "卫健委"]),
    ("152200:行署外事办公室", "乙盟行署外事办公室", ["外办"]),
])
def test_the_name_box_reads_a_function_as_the_kind_list_does(agency_id, name, typed):
    from search.agencies.directory import Agency, AgencyReport
    from search.agencies.name_box import is_named
    from search.analysis import fold

    agency = Agency(agency_id, [AgencyReport("r1", 2020, name)])
    assert is_named(agency, [fold(w) for w in typed])
