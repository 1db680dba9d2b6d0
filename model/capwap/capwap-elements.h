/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_ELEMENTS_H
#define WLC_CAPWAP_ELEMENTS_H

#include "capwap-constants.h"
#include "capwap-descriptor-elements.h" // included so that this header gives every RFC 5415 element
#include "capwap-message-element.h"
#include "capwap-state-elements.h"

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"

#include <array>
#include <cstdint>
#include <string>

/**
 * \file
 * \ingroup wlc
 * Typed RFC 5415 message elements with fixed layouts or a single variable field. The elements
 * with sub-elements (AC Descriptor, WTP Descriptor, WTP Board Data, Vendor Specific Payload)
 * are in capwap-descriptor-elements.h, the station and radio state elements (Add/Delete
 * Station, Radio Administrative/Operational State, WTP Reboot Statistics) in
 * capwap-state-elements.h; this header includes both.
 *
 * Every typed element has: `static constexpr uint16_t TYPE`, public fields named after the
 * RFC, `CapwapMessageElement ToElement() const` and
 * `static bool FromElement(const CapwapMessageElement&, T& out, std::string& why)`, which checks
 * the Type, the Length (exact for fixed layouts, within the RFC limits otherwise) and the
 * enumerated fields, and never reads outside the element. ToElement() aborts on a field that
 * cannot be encoded (a string over its RFC maximum), which is a programming error.
 */

namespace ns3
{

/// AC Name (RFC 5415 §4.6.4): the AC's name, 1..512 bytes of UTF-8, not terminated.
struct CapwapAcNameElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::AC_NAME); //!< 4
    static constexpr std::size_t MAX_LENGTH = 512; //!< largest Name
    std::string name;                              //!< Name
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapAcNameElement& out,
                            std::string& why);
};

/// CAPWAP Control IPv4 Address (RFC 5415 §4.6.9): IP Address, WTP Count. Length 6.
struct CapwapControlIpv4AddressElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::CAPWAP_CONTROL_IPV4_ADDRESS); //!< 10
    Ipv4Address ipAddress; //!< IP Address of an AC interface
    uint16_t wtpCount{0};  //!< WTP Count: WTPs currently served on that interface
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapControlIpv4AddressElement& out,
                            std::string& why);
};

/// CAPWAP Local IPv4 Address (RFC 5415 §4.6.11): the sender's IP Address. Length 4.
struct CapwapLocalIpv4AddressElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::CAPWAP_LOCAL_IPV4_ADDRESS); //!< 30
    Ipv4Address ipAddress;                                                   //!< IP Address
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapLocalIpv4AddressElement& out,
                            std::string& why);
};

/// CAPWAP Timers (RFC 5415 §4.6.13): Discovery and Echo Request intervals (s). Length 2.
struct CapwapTimersElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::CAPWAP_TIMERS); //!< 12
    uint8_t discovery{capwap::MAX_DISCOVERY_INTERVAL}; //!< Discovery: MaxDiscoveryInterval (s)
    uint8_t echoRequest{capwap::ECHO_INTERVAL};        //!< Echo Request: EchoInterval (s)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapTimersElement& out,
                            std::string& why);
};

/// Decryption Error Report Period (RFC 5415 §4.6.18): Radio ID, Report Interval (s). Length 3.
struct CapwapDecryptionErrorReportPeriodElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::DECRYPTION_ERROR_REPORT_PERIOD); //!< 16
    uint8_t radioId{1};                               //!< Radio ID, 1..31
    uint16_t reportInterval{capwap::REPORT_INTERVAL}; //!< Report Interval (s)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapDecryptionErrorReportPeriodElement& out,
                            std::string& why);
};

/// Discovery Type (RFC 5415 §4.6.21): how the WTP found the AC. Length 1.
struct CapwapDiscoveryTypeElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::DISCOVERY_TYPE); //!< 20
    static constexpr uint8_t UNKNOWN = 0;                         //!< Unknown
    static constexpr uint8_t STATIC_CONFIGURATION = 1;            //!< Static Configuration
    static constexpr uint8_t DHCP = 2;                            //!< DHCP
    static constexpr uint8_t DNS = 3;                             //!< DNS
    static constexpr uint8_t AC_REFERRAL = 4;                     //!< AC Referral
    uint8_t discoveryType{UNKNOWN};                               //!< Discovery Type, 0..4
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapDiscoveryTypeElement& out,
                            std::string& why);
};

/// Idle Timeout (RFC 5415 §4.6.24): station idle timeout (s). Length 4.
struct CapwapIdleTimeoutElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::IDLE_TIMEOUT); //!< 23
    uint32_t timeout{capwap::IDLE_TIMEOUT}; //!< Timeout (s)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapIdleTimeoutElement& out,
                            std::string& why);
};

/// Location Data (RFC 5415 §4.6.30): the WTP's location, 1..1024 bytes.
struct CapwapLocationDataElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::LOCATION_DATA); //!< 28
    static constexpr std::size_t MAX_LENGTH = 1024;              //!< largest Location
    std::string location;                                        //!< Location
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapLocationDataElement& out,
                            std::string& why);
};

/// Maximum Message Length (RFC 5415 §4.6.31): largest reassembled message. Length 2.
struct CapwapMaximumMessageLengthElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::MAXIMUM_MESSAGE_LENGTH); //!< 29
    uint16_t maximumMessageLength{4096}; //!< Maximum Message Length (bytes)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapMaximumMessageLengthElement& out,
                            std::string& why);
};

/// Result Code (RFC 5415 §4.6.35). Length 4. Any 32-bit value is accepted.
struct CapwapResultCodeElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::RESULT_CODE); //!< 33
    uint32_t resultCode{0}; //!< Result Code (see CapwapResultCode)
    /// Result Code 0 (Success).
    CapwapResultCodeElement() = default;
    /// \param code the Result Code
    explicit CapwapResultCodeElement(CapwapResultCode code);
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapResultCodeElement& out,
                            std::string& why);
};

/// Session ID (RFC 5415 §4.6.37): 128-bit random session identifier. Length 16.
struct CapwapSessionIdElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::SESSION_ID); //!< 35
    std::array<uint8_t, 16> sessionId{}; //!< Session ID
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapSessionIdElement& out,
                            std::string& why);
};

/// Statistics Timer (RFC 5415 §4.6.38): WTP Event Request statistics period (s). Length 2.
struct CapwapStatisticsTimerElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::STATISTICS_TIMER); //!< 36
    uint16_t statisticsTimer{capwap::STATISTICS_TIMER};             //!< Statistics Timer (s)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapStatisticsTimerElement& out,
                            std::string& why);
};

/// WTP Fallback (RFC 5415 §4.6.42): Mode. Length 1.
struct CapwapWtpFallbackElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::WTP_FALLBACK); //!< 40
    static constexpr uint8_t ENABLED = 1;  //!< Enabled
    static constexpr uint8_t DISABLED = 2; //!< Disabled
    uint8_t mode{ENABLED};                 //!< Mode, 1..2
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpFallbackElement& out,
                            std::string& why);
};

/**
 * WTP Frame Tunnel Mode (RFC 5415 §4.6.43): one byte |Reservd|N|E|L|U|. Length 1. The reserved
 * bits and U are written as 0 and ignored on receipt.
 */
struct CapwapWtpFrameTunnelModeElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::WTP_FRAME_TUNNEL_MODE); //!< 41
    bool native{false};        //!< N (0x08): Native Frame Tunnel Mode
    bool ieee8023{false};      //!< E (0x04): 802.3 Frame Tunnel Mode
    bool localBridging{false}; //!< L (0x02): Local Bridging
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpFrameTunnelModeElement& out,
                            std::string& why);
};

/// WTP MAC Type (RFC 5415 §4.6.44). Length 1.
struct CapwapWtpMacTypeElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::WTP_MAC_TYPE); //!< 44
    static constexpr uint8_t LOCAL_MAC = 0; //!< Local MAC
    static constexpr uint8_t SPLIT_MAC = 1; //!< Split MAC
    static constexpr uint8_t BOTH = 2;      //!< Both
    uint8_t macType{SPLIT_MAC};             //!< MAC Type, 0..2
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpMacTypeElement& out,
                            std::string& why);
};

/// WTP Name (RFC 5415 §4.6.45): 1..512 bytes of UTF-8, not terminated.
struct CapwapWtpNameElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::WTP_NAME); //!< 45
    static constexpr std::size_t MAX_LENGTH = 512; //!< largest WTP Name
    std::string name;                              //!< WTP Name
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpNameElement& out,
                            std::string& why);
};

/// ECN Support (RFC 5415 §4.6.25). Length 1.
struct CapwapEcnSupportElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::ECN_SUPPORT); //!< 53
    static constexpr uint8_t LIMITED = 0;          //!< Limited ECN Support
    static constexpr uint8_t FULL_AND_LIMITED = 1; //!< Full and Limited ECN Support
    uint8_t ecnSupport{LIMITED};                   //!< ECN Support, 0..1
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapEcnSupportElement& out,
                            std::string& why);
};

/**
 * \param code a Result Code value
 * \return its RFC 5415 §4.6.35 description, or "Unknown(code)"
 */
std::string CapwapResultCodeName(uint32_t code);

} // namespace ns3

#endif /* WLC_CAPWAP_ELEMENTS_H */
