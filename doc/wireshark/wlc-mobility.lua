-- SPDX-License-Identifier: GPL-2.0-only
--
-- Wireshark dissector for the inter-controller mobility protocol of the wlc ns-3 module
-- (model/mobility/mobility-header.h, mobility-message.h), UDP port 16666.
--
-- The protocol reproduces what the `debug mobility handoff` logs of a Cisco AireOS controller
-- show; no public specification of it exists, and the byte layout is the wlc module's own.
--
-- Use:  wireshark -X lua_script:doc/wireshark/wlc-mobility.lua capture.pcap
--       tshark -X lua_script:doc/wireshark/wlc-mobility.lua -r capture.pcap -V
-- or copy the file into the personal Lua plugins folder (Help > About > Folders).
-- Display filter examples: wlcmobility, wlcmobility.type == 5, wlcmobility.mobile_mac == ab:26:96:3e:4b:ee
--
-- Written for the Wireshark 4.0 Lua API (Lua 5.2); no bit operations are used.

local UDP_PORT = 16666
local HEADER_SIZE = 56

local p_mob = Proto("wlcmobility", "WLC Inter-Controller Mobility Protocol")

-- value strings ----------------------------------------------------------------------------

local type_names = {
    [3] = "MobileAnnounce",
    [5] = "MobileHandoff",
    [6] = "MobileHandoffAck",
    [8] = "MobileAnchorUpdate",
    [9] = "MobileAnchorUpdateAck",
    [10] = "MobileKeepAlive",
    [11] = "MobileKeepAliveAck",
    [12] = "MobileClientDelete",
    [13] = "MobilePmkUpdate",
    [14] = "MobileFtKeyUpdate",
}
local type_sizes = { [3] = 116, [5] = 546, [6] = 64, [8] = 72, [9] = 64, [10] = 68, [11] = 68, [12] = 64, [13] = 172,
    [14] = 176 }
local pem_names = {
    [0] = "START", [2] = "AUTHCHECK", [3] = "8021X_REQD", [4] = "L2AUTHCOMPLETE",
    [7] = "DHCP_REQD", [20] = "RUN",
}
local code_names = { [1] = "Handoff", [2] = "Handoff Indication" }
local role_names = { [1] = "Local", [2] = "Anchor", [3] = "Foreign" }
local nac_names = { [0] = "Access", [1] = "Quarantine" }
local yes_no = { [0] = "No", [1] = "Yes" }
local enabled_names = { [0] = "Disabled", [1] = "Enabled" }
local policy_names = { [0] = "None", [1] = "WPA2" }
local akm_names = { [0] = "None", [1] = "PSK", [2] = "802.1X", [3] = "FT-PSK", [4] = "FT-802.1X", [5] = "CCKM" }
local cipher_names = { [0] = "None", [1] = "CCMP (AES)" }
-- EAP method types (IANA), 0 when the method is unknown
local eap_names = {
    [0] = "Unknown", [1] = "Identity", [4] = "MD5-Challenge", [13] = "EAP-TLS", [17] = "LEAP",
    [21] = "EAP-TTLS", [25] = "PEAP", [43] = "EAP-FAST",
}
local qos_names = { [0] = "Platinum", [1] = "Gold", [2] = "Silver", [3] = "Bronze" }
local status_names = { [0] = "Accepted", [1] = "Refused" }

-- fields -------------------------------------------------------------------------------------

local F = {
    -- common header
    type = ProtoField.uint8("wlcmobility.type", "Type", base.DEC, type_names),
    subtype = ProtoField.uint8("wlcmobility.subtype", "Subtype", base.DEC),
    version = ProtoField.uint8("wlcmobility.version", "Version", base.DEC),
    flags = ProtoField.uint8("wlcmobility.flags", "Flags", base.HEX),
    xid = ProtoField.uint32("wlcmobility.xid", "Transaction ID (xid)", base.DEC),
    seq = ProtoField.uint32("wlcmobility.seq", "Sequence", base.DEC),
    length = ProtoField.uint16("wlcmobility.length", "Length", base.DEC),
    reserved = ProtoField.bytes("wlcmobility.reserved", "Reserved"),
    group_id = ProtoField.bytes("wlcmobility.group_id", "Group ID"),
    mobile_mac = ProtoField.ether("wlcmobility.mobile_mac", "Mobile MAC"),
    mobile_ip = ProtoField.ipv4("wlcmobility.mobile_ip", "Mobile IP"),
    instance = ProtoField.uint32("wlcmobility.instance", "Instance", base.DEC),
    vlan_ip = ProtoField.ipv4("wlcmobility.vlan_ip", "VLAN IP"),
    vlan_netmask = ProtoField.ipv4("wlcmobility.vlan_netmask", "VLAN Netmask"),
    -- bodies
    sender_ip = ProtoField.ipv4("wlcmobility.sender_ip", "Sender Management (Switch) IP"),
    sender_mac = ProtoField.ether("wlcmobility.sender_mac", "Sender Management MAC"),
    wlan_id = ProtoField.uint16("wlcmobility.wlan_id", "WLAN ID", base.DEC),
    ssid_length = ProtoField.uint8("wlcmobility.ssid_length", "SSID Length", base.DEC),
    ssid = ProtoField.string("wlcmobility.ssid", "SSID"),
    bssid = ProtoField.ether("wlcmobility.bssid", "BSSID"),
    pem_state = ProtoField.uint8("wlcmobility.pem_state", "PEM State", base.DEC, pem_names),
    vlan_id = ProtoField.uint16("wlcmobility.vlan_id", "VLAN ID", base.DEC),
    anchor_ip = ProtoField.ipv4("wlcmobility.anchor_ip", "Anchor IP"),
    anchor_mac = ProtoField.ether("wlcmobility.anchor_mac", "Anchor MAC"),
    code = ProtoField.uint8("wlcmobility.code", "Code", base.DEC, code_names),
    role = ProtoField.uint8("wlcmobility.role", "Sender Role", base.DEC, role_names),
    reason = ProtoField.uint8("wlcmobility.reason", "Reason", base.DEC),
    profile_length = ProtoField.uint8("wlcmobility.profile_name_length", "Profile Name Length", base.DEC),
    profile = ProtoField.string("wlcmobility.profile_name", "Profile Name"),
    interface_length = ProtoField.uint8("wlcmobility.interface_length", "Interface Name Length", base.DEC),
    interface = ProtoField.string("wlcmobility.interface", "Interface Name"),
    access_vlan = ProtoField.uint16("wlcmobility.access_vlan", "Access VLAN", base.DEC),
    quarantine_vlan = ProtoField.uint16("wlcmobility.quarantine_vlan", "Quarantine VLAN", base.DEC),
    client_ip = ProtoField.ipv4("wlcmobility.client_ip", "Client IP"),
    client_netmask = ProtoField.ipv4("wlcmobility.client_netmask", "Client Netmask"),
    gateway_ip = ProtoField.ipv4("wlcmobility.gateway_ip", "Default Gateway IP"),
    gateway_mac = ProtoField.ether("wlcmobility.gateway_mac", "Default Gateway MAC"),
    dhcp_server = ProtoField.ipv4("wlcmobility.dhcp_server", "DHCP Server"),
    nac_state = ProtoField.uint8("wlcmobility.nac_state", "NAC OOB State", base.DEC, nac_names),
    policy_completed = ProtoField.uint8("wlcmobility.policy_completed", "Security Policy Completed", base.DEC, yes_no),
    policy_type = ProtoField.uint8("wlcmobility.policy_type", "Policy Type", base.DEC, policy_names),
    key_management = ProtoField.uint8("wlcmobility.key_management", "Authentication Key Management", base.DEC, akm_names),
    cipher = ProtoField.uint8("wlcmobility.cipher", "Encryption Cipher", base.DEC, cipher_names),
    eap_type = ProtoField.uint8("wlcmobility.eap_type", "EAP Type", base.DEC, eap_names),
    pmkid = ProtoField.bytes("wlcmobility.pmkid", "PMKID"),
    pmk = ProtoField.bytes("wlcmobility.pmk", "PMK"),
    pmk_lifetime = ProtoField.uint32("wlcmobility.pmk_lifetime", "PMK Lifetime (s)", base.DEC),
    move_count = ProtoField.uint32("wlcmobility.move_count", "Move Count", base.DEC),
    connected_since = ProtoField.uint64("wlcmobility.connected_since", "Connected Since (ns)", base.DEC),
    aid = ProtoField.uint16("wlcmobility.aid", "Association ID", base.DEC),
    capability = ProtoField.uint16("wlcmobility.capability", "Capability Information", base.HEX),
    rates_count = ProtoField.uint8("wlcmobility.rates_count", "Supported Rates Count", base.DEC),
    rates = ProtoField.bytes("wlcmobility.rates", "Supported Rates"),
    rate = ProtoField.uint8("wlcmobility.rate", "Supported Rate", base.HEX),
    mdid = ProtoField.uint16("wlcmobility.mdid", "Mobility Domain Identifier (as on the air)", base.HEX),
    ft_akm = ProtoField.uint32("wlcmobility.ft_akm", "AKM Suite", base.HEX),
    pmk_r0 = ProtoField.bytes("wlcmobility.pmk_r0", "PMK-R0"),
    pmk_r0_name = ProtoField.bytes("wlcmobility.pmk_r0_name", "PMKR0Name"),
    r0kh_id_length = ProtoField.uint8("wlcmobility.r0kh_id_length", "R0KH-ID Length", base.DEC),
    r0kh_id = ProtoField.string("wlcmobility.r0kh_id", "R0KH-ID"),
    username_length = ProtoField.uint8("wlcmobility.username_length", "Username Length", base.DEC),
    username = ProtoField.string("wlcmobility.username", "Username"),
    session_timeout = ProtoField.uint32("wlcmobility.session_timeout", "Session Timeout (s)", base.DEC),
    qos = ProtoField.uint8("wlcmobility.qos", "QoS Level", base.DEC, qos_names),
    wmm = ProtoField.uint8("wlcmobility.wmm", "WMM", base.DEC, enabled_names),
    dot1p = ProtoField.uint8("wlcmobility.dot1p", "802.1p Tag", base.DEC),
    acl_length = ProtoField.uint8("wlcmobility.acl_name_length", "ACL Name Length", base.DEC),
    acl = ProtoField.string("wlcmobility.acl_name", "ACL Name"),
    ipv6_count = ProtoField.uint8("wlcmobility.ipv6_count", "IPv6 Address Count", base.DEC),
    ipv6 = ProtoField.ipv6("wlcmobility.ipv6", "Client IPv6 Address"),
    status = ProtoField.uint8("wlcmobility.status", "Status", base.DEC, status_names),
    member_count = ProtoField.uint16("wlcmobility.member_count", "Member Count", base.DEC),
}

local field_list = {}
for _, field in pairs(F) do
    field_list[#field_list + 1] = field
end
p_mob.fields = field_list

-- expert infos -----------------------------------------------------------------------------

local E = {
    length = ProtoExpert.new("wlcmobility.length.mismatch", "Length field disagrees with the datagram length",
        expert.group.MALFORMED, expert.severity.ERROR),
    short = ProtoExpert.new("wlcmobility.short", "Datagram shorter than the message",
        expert.group.MALFORMED, expert.severity.ERROR),
    size = ProtoExpert.new("wlcmobility.size", "Wrong size for the message type",
        expert.group.MALFORMED, expert.severity.ERROR),
    version = ProtoExpert.new("wlcmobility.version.bad", "Unsupported version (must be 1)",
        expert.group.MALFORMED, expert.severity.ERROR),
    unknown_type = ProtoExpert.new("wlcmobility.type.unknown", "Unknown message type",
        expert.group.MALFORMED, expert.severity.ERROR),
    string_length = ProtoExpert.new("wlcmobility.string_length", "String length exceeds its field",
        expert.group.MALFORMED, expert.severity.ERROR),
    count = ProtoExpert.new("wlcmobility.count", "Count exceeds its limit",
        expert.group.MALFORMED, expert.severity.ERROR),
    netmask = ProtoExpert.new("wlcmobility.netmask", "Netmask is not contiguous",
        expert.group.MALFORMED, expert.severity.ERROR),
    value = ProtoExpert.new("wlcmobility.value", "Value out of range",
        expert.group.MALFORMED, expert.severity.ERROR),
}
p_mob.experts = { E.length, E.short, E.size, E.version, E.unknown_type, E.string_length, E.count,
    E.netmask, E.value }

-- helpers ----------------------------------------------------------------------------------

-- A cursor over the message that adds fields at fixed offsets and notes when the datagram ends.
local function make_cursor(tvb, tree)
    local c = { tvb = tvb, tree = tree, truncated = false }
    -- true if [offset, offset + size) is inside the datagram
    function c.has(offset, size)
        if offset + size <= tvb:len() then
            return true
        end
        c.truncated = true
        return false
    end
    -- add a field; returns the item and the range, or nil past the end
    function c.add(field, offset, size, t)
        t = t or c.tree
        if not c.has(offset, size) then
            return nil
        end
        local range = tvb(offset, size)
        return t:add(field, range), range
    end
    -- add a field whose value must be one of the keys of names
    function c.enum(field, offset, names, what)
        local item, range = c.add(field, offset, 1)
        if item and names[range:uint()] == nil then
            item:add_proto_expert_info(E.value, what .. " " .. range:uint() .. " is out of range")
        end
        return item, range
    end
    function c.reserved(offset, size)
        return c.add(F.reserved, offset, size)
    end
    -- a length byte at offset followed by a zero-padded string of field_size bytes
    function c.string(length_field, string_field, offset, field_size, min, what)
        local item, range = c.add(length_field, offset, 1)
        if not item then
            return nil
        end
        local length = range:uint()
        if length > field_size or length < min then
            item:add_proto_expert_info(E.string_length, string.format("%s length %d is not in %d..%d",
                what, length, min, field_size))
        end
        if c.has(offset + 1, field_size) then
            local shown = math.min(length, field_size)
            local text = ""
            if shown > 0 then
                text = tvb(offset + 1, shown):string()
            end
            c.tree:add(string_field, tvb(offset + 1, field_size), text)
        end
        return length
    end
    -- a netmask that must be contiguous
    function c.netmask(field, offset, what)
        local item, range = c.add(field, offset, 4)
        if item then
            local inverse_plus_one = 4294967296 - range:uint() -- 2^k for a contiguous mask
            local contiguous = false
            for k = 0, 32 do
                if 2 ^ k == inverse_plus_one then
                    contiguous = true
                end
            end
            if not contiguous then
                item:add_proto_expert_info(E.netmask, what .. " " .. tostring(range:ipv4()) .. " is not contiguous")
            end
        end
    end
    return c
end

-- 802.11 rate octet: 500 kb/s units, 0x80 basic rate
local function rate_text(octet)
    local basic = octet >= 128
    local units = basic and octet - 128 or octet
    local text = string.format("%g Mb/s", units / 2)
    if basic then
        text = text .. ", basic"
    end
    return text
end

-- bodies -----------------------------------------------------------------------------------

local function dissect_announce(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.add(F.wlan_id, 66, 2)
    c.string(F.ssid_length, F.ssid, 68, 32, 1, "SSID")
    c.add(F.bssid, 101, 6)
    c.enum(F.pem_state, 107, pem_names, "PEM state")
    c.add(F.vlan_id, 108, 2)
    c.reserved(110, 6)
end

local function dissect_handoff(c)
    local tvb = c.tvb
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.reserved(66, 2)
    c.add(F.anchor_ip, 68, 4)
    c.add(F.anchor_mac, 72, 6)
    c.reserved(78, 2)
    c.enum(F.code, 80, code_names, "Code")
    c.enum(F.role, 81, role_names, "Sender role")
    c.add(F.reason, 82, 1)
    c.reserved(83, 1)
    c.add(F.wlan_id, 84, 2)
    c.string(F.ssid_length, F.ssid, 86, 32, 1, "SSID")
    c.string(F.profile_length, F.profile, 119, 32, 0, "Profile name")
    c.string(F.interface_length, F.interface, 152, 32, 0, "Interface name")
    c.add(F.vlan_id, 185, 2)
    c.add(F.access_vlan, 187, 2)
    c.add(F.quarantine_vlan, 189, 2)
    c.add(F.client_ip, 191, 4)
    c.netmask(F.client_netmask, 195, "Client netmask")
    c.add(F.gateway_ip, 199, 4)
    c.add(F.gateway_mac, 203, 6)
    c.add(F.dhcp_server, 209, 4)
    c.reserved(213, 2)
    c.enum(F.pem_state, 215, pem_names, "PEM state")
    c.enum(F.nac_state, 216, nac_names, "NAC OOB state")
    c.enum(F.policy_completed, 217, yes_no, "Security policy completed")
    c.enum(F.policy_type, 218, policy_names, "Policy type")
    c.enum(F.key_management, 219, akm_names, "Key management")
    c.enum(F.cipher, 220, cipher_names, "Cipher")
    c.add(F.eap_type, 221, 1)
    c.reserved(222, 1)
    c.add(F.pmkid, 223, 16)
    c.add(F.pmk, 239, 32)
    c.add(F.move_count, 271, 4)
    local item, range = c.add(F.connected_since, 275, 8)
    if item then
        local ns = range:uint64()
        if range(0, 4):uint() >= 2147483648 then
            item:add_proto_expert_info(E.value, "Connected since is out of range (>= 2^63 ns)")
        else
            local seconds = ns / 1000000000
            local rest = ns % 1000000000
            item:append_text(string.format(" (%s.%09d s)", tostring(seconds), rest:tonumber()))
        end
    end
    c.add(F.aid, 283, 2)
    c.add(F.capability, 285, 2)
    local count_item, count_range = c.add(F.rates_count, 287, 1)
    local rates_item = c.add(F.rates, 288, 16)
    if count_item and rates_item then
        local count = count_range:uint()
        if count > 16 then
            count_item:add_proto_expert_info(E.count, "Supported rates count " .. count .. " exceeds 16")
            count = 16
        end
        local texts = {}
        for i = 0, count - 1 do
            local octet = tvb(288 + i, 1):uint()
            rates_item:add(F.rate, tvb(288 + i, 1)):append_text(" (" .. rate_text(octet) .. ")")
            texts[#texts + 1] = string.format("%g", (octet % 128) / 2)
        end
        if count > 0 then
            rates_item:append_text(" [" .. table.concat(texts, ",") .. " Mb/s]")
        end
    end
    c.string(F.username_length, F.username, 304, 64, 0, "Username")
    c.add(F.session_timeout, 369, 4)
    c.enum(F.qos, 373, qos_names, "QoS level")
    c.enum(F.wmm, 374, enabled_names, "WMM")
    c.add(F.dot1p, 375, 1)
    c.reserved(376, 1)
    c.string(F.acl_length, F.acl, 377, 32, 0, "ACL name")
    local v6_item, v6_range = c.add(F.ipv6_count, 410, 1)
    c.reserved(411, 7)
    if v6_item and c.has(418, 128) then
        local count = v6_range:uint()
        if count > 8 then
            v6_item:add_proto_expert_info(E.count, "IPv6 address count " .. count .. " exceeds 8")
            count = 8
        end
        for i = 0, count - 1 do
            c.add(F.ipv6, 418 + 16 * i, 16)
        end
        if count < 8 then
            c.reserved(418 + 16 * count, 16 * (8 - count))
        end
    end
end

local function dissect_ack(c)
    c.add(F.sender_ip, 56, 4)
    c.enum(F.status, 60, status_names, "Status")
    c.add(F.reason, 61, 1)
    c.reserved(62, 2)
end

local function dissect_anchor_update(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.reserved(66, 2)
    c.add(F.move_count, 68, 4)
end

local function dissect_keep_alive(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.add(F.member_count, 66, 2)
end

local function dissect_client_delete(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.reason, 60, 1)
    c.reserved(61, 3)
end

local function dissect_pmk_update(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.reserved(66, 2)
    c.add(F.pmk, 68, 32)
    c.add(F.pmk_lifetime, 100, 4)
    c.string(F.username_length, F.username, 104, 64, 0, "Username")
    c.add(F.eap_type, 169, 1)
    c.reserved(170, 2)
end

local function dissect_ft_key_update(c)
    c.add(F.sender_ip, 56, 4)
    c.add(F.sender_mac, 60, 6)
    c.add(F.mdid, 66, 2)
    c.add(F.ft_akm, 68, 4)
    c.add(F.pmk_r0, 72, 32)
    c.add(F.pmk_r0_name, 104, 16)
    c.add(F.pmk_lifetime, 120, 4)
    c.string(F.r0kh_id_length, F.r0kh_id, 124, 48, 1, "R0KH-ID")
    c.reserved(173, 3)
end

local bodies = {
    [3] = dissect_announce,
    [5] = dissect_handoff,
    [6] = dissect_ack,
    [8] = dissect_anchor_update,
    [9] = dissect_ack,
    [10] = dissect_keep_alive,
    [11] = dissect_keep_alive,
    [12] = dissect_client_delete,
    [13] = dissect_pmk_update,
    [14] = dissect_ft_key_update,
}

-- the dissector ----------------------------------------------------------------------------

function p_mob.dissector(tvb, pinfo, tree)
    local size = tvb:len()
    if size == 0 then
        return 0
    end
    pinfo.cols.protocol = "WLC-MOBILITY"
    local type_value = tvb(0, 1):uint()
    local type_name = type_names[type_value] or "Unknown"
    local root = tree:add(p_mob, tvb(), string.format("WLC Inter-Controller Mobility Protocol, %s (%d)",
        type_name, type_value))
    local c = make_cursor(tvb, root)

    c.add(F.type, 0, 1)
    if type_names[type_value] == nil then
        root:add_proto_expert_info(E.unknown_type, "Unknown message type " .. type_value)
    end
    c.add(F.subtype, 1, 1)
    local version_item, version_range = c.add(F.version, 2, 1)
    if version_item and version_range:uint() ~= 1 then
        version_item:add_proto_expert_info(E.version, "Version " .. version_range:uint() .. " is not 1")
    end
    c.add(F.flags, 3, 1)
    local _, xid_range = c.add(F.xid, 4, 4)
    local _, seq_range = c.add(F.seq, 8, 4)
    local length_item, length_range = c.add(F.length, 12, 2)
    c.reserved(14, 2)
    c.add(F.group_id, 16, 16)
    local _, mac_range = c.add(F.mobile_mac, 32, 6)
    c.reserved(38, 2)
    c.add(F.mobile_ip, 40, 4)
    c.add(F.instance, 44, 4)
    c.add(F.vlan_ip, 48, 4)
    c.netmask(F.vlan_netmask, 52, "VLAN netmask")

    local info = type_name
    if xid_range then
        info = info .. " xid=" .. xid_range:uint()
    end
    if seq_range then
        info = info .. " seq=" .. seq_range:uint()
    end
    if mac_range then
        info = info .. " mobile=" .. tostring(mac_range:ether())
    end
    pinfo.cols.info = info

    if length_item then
        local length = length_range:uint()
        if length ~= size then
            length_item:add_proto_expert_info(E.length, string.format(
                "Length field %d disagrees with the %d-byte datagram", length, size))
        end
    end
    local expected = type_sizes[type_value]
    if expected and size ~= expected then
        root:add_proto_expert_info(E.size, string.format("%s must be %d bytes, not %d",
            type_name, expected, size))
    end
    local body = bodies[type_value]
    if body then
        body(c)
    end
    if c.truncated then
        root:add_proto_expert_info(E.short, string.format("Datagram of %d bytes ends inside the %s",
            size, size < HEADER_SIZE and "56-byte header" or type_name))
    end
    return size
end

DissectorTable.get("udp.port"):add(UDP_PORT, p_mob)
