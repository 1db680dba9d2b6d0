/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_IEEE80211_ELEMENTS_H
#define WLC_CAPWAP_IEEE80211_ELEMENTS_H

#include "capwap-constants.h"
#include "capwap-message-element.h"

#include "ns3/mac48-address.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * Typed message elements of the IEEE 802.11 binding (RFC 5416 §6), with the conventions of
 * capwap-elements.h. Radio IDs must be 1..31 and WLAN IDs 1..16 on receipt.
 */

namespace ns3
{

/**
 * IEEE 802.11 Add WLAN (RFC 5416 §6.1): Radio ID, WLAN ID, Capability, Key Index, Key Status,
 * Key Length, Key, Group TSC (6 bytes), QoS, Auth Type, MAC Mode, Tunnel Mode, Suppress SSID,
 * SSID (1..32 bytes). Length >= 20.
 *
 * Capability bits follow the RFC figure |E|I|C|F|P|S|B|A|M|Q|T|D|V|O|K|L| with E the most
 * significant bit of the 16-bit field (RFC bit 0), hence CAPABILITY_E = 0x8000.
 */
struct Ieee80211AddWlanElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_ADD_WLAN); //!< 1024
    static constexpr uint16_t CAPABILITY_E = 0x8000;                  //!< ESS
    static constexpr uint16_t CAPABILITY_I = 0x4000;                  //!< IBSS
    static constexpr uint16_t CAPABILITY_C = 0x2000;                  //!< CF-Pollable
    static constexpr uint16_t CAPABILITY_F = 0x1000;                  //!< CF-Poll Request
    static constexpr uint16_t CAPABILITY_P = 0x0800;                  //!< Privacy
    static constexpr uint16_t CAPABILITY_S = 0x0400;                  //!< Short Preamble
    static constexpr uint16_t CAPABILITY_B = 0x0200;                  //!< PBCC
    static constexpr uint16_t CAPABILITY_A = 0x0100;                  //!< Channel Agility
    static constexpr uint16_t CAPABILITY_M = 0x0080;                  //!< Spectrum Management
    static constexpr uint16_t CAPABILITY_Q = 0x0040;                  //!< QoS
    static constexpr uint16_t CAPABILITY_T = 0x0020;                  //!< Short Slot Time
    static constexpr uint16_t CAPABILITY_D = 0x0010;                  //!< APSD
    static constexpr uint16_t CAPABILITY_V = 0x0008;                  //!< Reserved
    static constexpr uint16_t CAPABILITY_O = 0x0004;                  //!< DSSS-OFDM
    static constexpr uint16_t CAPABILITY_K = 0x0002;                  //!< Delayed Block ACK
    static constexpr uint16_t CAPABILITY_L = 0x0001;                  //!< Immediate Block ACK
    static constexpr uint8_t KEY_STATUS_PER_STATION = 0;        //!< per-station keys (no GTK here)
    static constexpr uint8_t KEY_STATUS_STATIC_WEP = 1;         //!< static WEP key
    static constexpr uint8_t KEY_STATUS_BEGIN_REKEYING = 2;     //!< begin GTK rekeying
    static constexpr uint8_t KEY_STATUS_COMPLETED_REKEYING = 3; //!< GTK rekeying completed
    static constexpr uint8_t QOS_BEST_EFFORT = 0;               //!< QoS: Best Effort
    static constexpr uint8_t QOS_VIDEO = 1;                     //!< QoS: Video
    static constexpr uint8_t QOS_VOICE = 2;                     //!< QoS: Voice
    static constexpr uint8_t QOS_BACKGROUND = 3;                //!< QoS: Background
    static constexpr uint8_t AUTH_OPEN_SYSTEM = 0;              //!< Auth Type: Open System
    static constexpr uint8_t AUTH_WEP_SHARED_KEY = 1;           //!< Auth Type: WEP Shared Key
    static constexpr uint8_t MAC_MODE_LOCAL = 0;                //!< MAC Mode: Local MAC
    static constexpr uint8_t MAC_MODE_SPLIT = 1;                //!< MAC Mode: Split MAC
    static constexpr uint8_t TUNNEL_LOCAL_BRIDGING = 0;         //!< Tunnel Mode: Local Bridging
    static constexpr uint8_t TUNNEL_8023 = 1;                   //!< Tunnel Mode: 802.3 Tunnel
    static constexpr uint8_t TUNNEL_80211 = 2;                  //!< Tunnel Mode: 802.11 Tunnel
    static constexpr std::size_t MAX_SSID = 32;                 //!< largest SSID

    uint8_t radioId{1};                        //!< Radio ID, 1..31
    uint8_t wlanId{1};                         //!< WLAN ID, 1..16
    uint16_t capability{CAPABILITY_E};         //!< Capability bit field
    uint8_t keyIndex{0};                       //!< Key Index
    uint8_t keyStatus{KEY_STATUS_PER_STATION}; //!< Key Status, 0..3
    std::vector<uint8_t> key;                  //!< Key (its size is the Key Length)
    std::array<uint8_t, 6> groupTsc{};         //!< Group TSC, as 6 bytes on the wire
    uint8_t qos{QOS_BEST_EFFORT};              //!< QoS, 0..3
    uint8_t authType{AUTH_OPEN_SYSTEM};        //!< Auth Type, 0..1
    uint8_t macMode{MAC_MODE_SPLIT};           //!< MAC Mode, 0..1
    uint8_t tunnelMode{TUNNEL_80211};          //!< Tunnel Mode, 0..2
    /**
     * Suppress SSID, sent as given. RFC 5416 §6.1 reads: "A value of zero suppresses the SSID
     * in the 802.11 Beacon and Probe Response frames, while a value of one will cause the WTP
     * to populate the field" (some implementations use the opposite sense).
     */
    uint8_t suppressSsid{1};
    std::string ssid; //!< SSID, 1..32 bytes

    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211AddWlanElement& out,
                            std::string& why);
};

/// IEEE 802.11 Assigned WTP BSSID (RFC 5416 §6.3): Radio ID, WLAN ID, BSSID. Length 8.
struct Ieee80211AssignedWtpBssidElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_ASSIGNED_WTP_BSSID); //!< 1026
    uint8_t radioId{1};                                                         //!< Radio ID, 1..31
    uint8_t wlanId{1};                                                          //!< WLAN ID, 1..16
    Mac48Address bssid;                                                         //!< BSSID
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211AssignedWtpBssidElement& out,
                            std::string& why);
};

/// IEEE 802.11 Delete WLAN (RFC 5416 §6.4): Radio ID, WLAN ID. Length 2.
struct Ieee80211DeleteWlanElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_DELETE_WLAN); //!< 1027
    uint8_t radioId{1};                                                  //!< Radio ID, 1..31
    uint8_t wlanId{1};                                                   //!< WLAN ID, 1..16
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211DeleteWlanElement& out,
                            std::string& why);
};

/**
 * IEEE 802.11 Information Element (RFC 5416 §6.6): Radio ID, WLAN ID, |B|P|Reserved|, and one
 * IEEE 802.11 information element (Element ID, Length, body), which must fill the rest exactly.
 */
struct Ieee80211InformationElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_INFORMATION_ELEMENT); //!< 1029
    uint8_t radioId{1};                      //!< Radio ID, 1..31
    uint8_t wlanId{1};                       //!< WLAN ID, 1..16
    bool beacon{false};                      //!< B (0x80): include in Beacons
    bool probeResponse{false};               //!< P (0x40): include in Probe Responses
    std::vector<uint8_t> informationElement; //!< Info Element: ID, Length, body
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211InformationElement& out,
                            std::string& why);
};

/**
 * IEEE 802.11 Station (RFC 5416 §6.13): Radio ID, Association ID, Flags, MAC Address,
 * Capabilities, WLAN ID, Supported Rates (1..126 bytes). Length >= 14.
 */
struct Ieee80211StationElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_STATION); //!< 1036
    static constexpr std::size_t MAX_RATES = 126;                    //!< largest Supported Rates
    uint8_t radioId{1};                                              //!< Radio ID, 1..31
    uint16_t associationId{0};                                       //!< Association ID
    uint8_t flags{0};                    //!< Flags (reserved, sent as given)
    Mac48Address macAddress;             //!< MAC Address of the station
    uint16_t capabilities{0};            //!< Capabilities (IEEE 802.11 Capability Information)
    uint8_t wlanId{1};                   //!< WLAN ID, 1..16
    std::vector<uint8_t> supportedRates; //!< Supported Rates, 500 kb/s units (bit 7: basic)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211StationElement& out,
                            std::string& why);
};

/**
 * IEEE 802.11 Station Session Key (RFC 5416 §6.15): MAC Address, Flags (|A|C|reserved 14|),
 * Pairwise TSC (6), Pairwise RSC (6), Key. Length >= 25 (Key of at least 5 bytes).
 */
struct Ieee80211StationSessionKeyElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_STATION_SESSION_KEY); //!< 1038
    static constexpr uint16_t FLAG_A = 0x8000;                                   //!< A: AKM-only
    static constexpr uint16_t FLAG_C = 0x4000; //!< C: AC crypto (the AC encrypts)
    Mac48Address macAddress;                   //!< MAC Address of the station
    bool akmOnly{false};                       //!< A flag
    bool acCrypto{false};                      //!< C flag
    std::array<uint8_t, 6> pairwiseTsc{};      //!< Pairwise TSC, as 6 bytes on the wire
    std::array<uint8_t, 6> pairwiseRsc{};      //!< Pairwise RSC, as 6 bytes on the wire
    std::vector<uint8_t> key;                  //!< Key (e.g. the 16-byte CCMP TK)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211StationSessionKeyElement& out,
                            std::string& why);
};

/**
 * IEEE 802.11 Supported Rates (RFC 5416 §6.17): Radio ID, Supported Rates (2..8 bytes).
 * Length 3..9.
 */
struct Ieee80211SupportedRatesElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_SUPPORTED_RATES); //!< 1040
    static constexpr std::size_t MIN_RATES = 2; //!< fewest Supported Rates
    static constexpr std::size_t MAX_RATES = 8; //!< most Supported Rates
    uint8_t radioId{1};                         //!< Radio ID, 1..31
    std::vector<uint8_t> supportedRates;        //!< Supported Rates, 500 kb/s units (bit 7: basic)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211SupportedRatesElement& out,
                            std::string& why);
};

/**
 * IEEE 802.11 WTP Radio Information (RFC 5416 §6.25): Radio ID, Radio Type (32 bits:
 * |Reserved(28)|N|G|A|B|). Length 5. Reserved bits are kept as received.
 */
struct Ieee80211WtpRadioInformationElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_WTP_RADIO_INFORMATION); //!< 1048
    static constexpr uint32_t RADIO_TYPE_B = 0x01; //!< B: IEEE 802.11b
    static constexpr uint32_t RADIO_TYPE_A = 0x02; //!< A: IEEE 802.11a
    static constexpr uint32_t RADIO_TYPE_G = 0x04; //!< G: IEEE 802.11g
    static constexpr uint32_t RADIO_TYPE_N = 0x08; //!< N: IEEE 802.11n
    uint8_t radioId{1};                            //!< Radio ID, 1..31
    uint32_t radioType{0};                         //!< Radio Type bit field
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211WtpRadioInformationElement& out,
                            std::string& why);
};

/**
 * \ingroup wlc
 * IEEE 802.11 Direct Sequence Control (RFC 5416 §6.5): the channel of a 2.4 GHz (DSSS/ERP)
 * radio. Length 8.
 */
struct Ieee80211DirectSequenceControlElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_DIRECT_SEQUENCE_CONTROL); //!< 1028
    uint8_t radioId{1};                //!< Radio ID, 1..31
    uint8_t currentChannel{1};         //!< Current Channel
    uint8_t currentCca{1};             //!< Current CCA mode (1 energy detect only ... 4 both)
    uint32_t energyDetectThreshold{0}; //!< Energy Detect Threshold
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211DirectSequenceControlElement& out,
                            std::string& why);
};

/**
 * \ingroup wlc
 * IEEE 802.11 OFDM Control (RFC 5416 §6.10): the channel of a 5 GHz (OFDM) radio. Length 8.
 */
struct Ieee80211OfdmControlElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::IEEE80211_OFDM_CONTROL); //!< 1033
    uint8_t radioId{1};                                                   //!< Radio ID, 1..31
    uint8_t currentChannel{36};                                           //!< Current Channel
    uint8_t bandSupport{0};  //!< Band Support bit field (U-NII bands)
    uint32_t tiThreshold{0}; //!< TI Threshold
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            Ieee80211OfdmControlElement& out,
                            std::string& why);
};

} // namespace ns3

#endif /* WLC_CAPWAP_IEEE80211_ELEMENTS_H */
