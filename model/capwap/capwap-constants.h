/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_CONSTANTS_H
#define WLC_CAPWAP_CONSTANTS_H

#include <cstdint>

/**
 * \file
 * \ingroup wlc
 * Protocol numbers of CAPWAP (RFC 5415) and of its IEEE 802.11 binding (RFC 5416).
 */

namespace ns3
{

/**
 * \ingroup wlc
 * CAPWAP control message types (RFC 5415 §4.5.1.1, RFC 5416 §3).
 *
 * A message type is IANA Enterprise Number * 256 + enterprise-specific type; the RFC 5415 types
 * have enterprise number 0, the IEEE 802.11 binding types use 13277 (0x33DD).
 */
enum class CapwapMessageType : uint32_t
{
    DISCOVERY_REQUEST = 1,                          //!< Discovery Request
    DISCOVERY_RESPONSE = 2,                         //!< Discovery Response
    JOIN_REQUEST = 3,                               //!< Join Request
    JOIN_RESPONSE = 4,                              //!< Join Response
    CONFIGURATION_STATUS_REQUEST = 5,               //!< Configuration Status Request
    CONFIGURATION_STATUS_RESPONSE = 6,              //!< Configuration Status Response
    CONFIGURATION_UPDATE_REQUEST = 7,               //!< Configuration Update Request
    CONFIGURATION_UPDATE_RESPONSE = 8,              //!< Configuration Update Response
    WTP_EVENT_REQUEST = 9,                          //!< WTP Event Request
    WTP_EVENT_RESPONSE = 10,                        //!< WTP Event Response
    CHANGE_STATE_EVENT_REQUEST = 11,                //!< Change State Event Request
    CHANGE_STATE_EVENT_RESPONSE = 12,               //!< Change State Event Response
    ECHO_REQUEST = 13,                              //!< Echo Request
    ECHO_RESPONSE = 14,                             //!< Echo Response
    IMAGE_DATA_REQUEST = 15,                        //!< Image Data Request
    IMAGE_DATA_RESPONSE = 16,                       //!< Image Data Response
    RESET_REQUEST = 17,                             //!< Reset Request
    RESET_RESPONSE = 18,                            //!< Reset Response
    PRIMARY_DISCOVERY_REQUEST = 19,                 //!< Primary Discovery Request
    PRIMARY_DISCOVERY_RESPONSE = 20,                //!< Primary Discovery Response
    DATA_TRANSFER_REQUEST = 21,                     //!< Data Transfer Request
    DATA_TRANSFER_RESPONSE = 22,                    //!< Data Transfer Response
    CLEAR_CONFIGURATION_REQUEST = 23,               //!< Clear Configuration Request
    CLEAR_CONFIGURATION_RESPONSE = 24,              //!< Clear Configuration Response
    STATION_CONFIGURATION_REQUEST = 25,             //!< Station Configuration Request
    STATION_CONFIGURATION_RESPONSE = 26,            //!< Station Configuration Response
    IEEE80211_WLAN_CONFIGURATION_REQUEST = 3398913, //!< IEEE 802.11 WLAN Configuration Request
    IEEE80211_WLAN_CONFIGURATION_RESPONSE = 3398914 //!< IEEE 802.11 WLAN Configuration Response
};

/**
 * \ingroup wlc
 * CAPWAP message element types: RFC 5415 §4.6 (1..53) and RFC 5416 §6 (1024..1048).
 */
enum class CapwapElementType : uint16_t
{
    AC_DESCRIPTOR = 1,                        //!< AC Descriptor (§4.6.1)
    AC_IPV4_LIST = 2,                         //!< AC IPv4 List (§4.6.2)
    AC_IPV6_LIST = 3,                         //!< AC IPv6 List (§4.6.3)
    AC_NAME = 4,                              //!< AC Name (§4.6.4)
    AC_NAME_WITH_PRIORITY = 5,                //!< AC Name with Priority (§4.6.5)
    AC_TIMESTAMP = 6,                         //!< AC Timestamp (§4.6.6)
    ADD_MAC_ACL_ENTRY = 7,                    //!< Add MAC ACL Entry (§4.6.7)
    ADD_STATION = 8,                          //!< Add Station (§4.6.8)
    CAPWAP_CONTROL_IPV4_ADDRESS = 10,         //!< CAPWAP Control IPv4 Address (§4.6.9)
    CAPWAP_CONTROL_IPV6_ADDRESS = 11,         //!< CAPWAP Control IPv6 Address (§4.6.10)
    CAPWAP_TIMERS = 12,                       //!< CAPWAP Timers (§4.6.13)
    DATA_TRANSFER_DATA = 13,                  //!< Data Transfer Data (§4.6.15)
    DATA_TRANSFER_MODE = 14,                  //!< Data Transfer Mode (§4.6.16)
    DECRYPTION_ERROR_REPORT = 15,             //!< Decryption Error Report (§4.6.17)
    DECRYPTION_ERROR_REPORT_PERIOD = 16,      //!< Decryption Error Report Period (§4.6.18)
    DELETE_MAC_ACL_ENTRY = 17,                //!< Delete MAC ACL Entry (§4.6.19)
    DELETE_STATION = 18,                      //!< Delete Station (§4.6.20)
    DISCOVERY_TYPE = 20,                      //!< Discovery Type (§4.6.21)
    DUPLICATE_IPV4_ADDRESS = 21,              //!< Duplicate IPv4 Address (§4.6.22)
    DUPLICATE_IPV6_ADDRESS = 22,              //!< Duplicate IPv6 Address (§4.6.23)
    IDLE_TIMEOUT = 23,                        //!< Idle Timeout (§4.6.24)
    IMAGE_DATA = 24,                          //!< Image Data (§4.6.26)
    IMAGE_IDENTIFIER = 25,                    //!< Image Identifier (§4.6.27)
    IMAGE_INFORMATION = 26,                   //!< Image Information (§4.6.28)
    INITIATE_DOWNLOAD = 27,                   //!< Initiate Download (§4.6.29)
    LOCATION_DATA = 28,                       //!< Location Data (§4.6.30)
    MAXIMUM_MESSAGE_LENGTH = 29,              //!< Maximum Message Length (§4.6.31)
    CAPWAP_LOCAL_IPV4_ADDRESS = 30,           //!< CAPWAP Local IPv4 Address (§4.6.11)
    RADIO_ADMINISTRATIVE_STATE = 31,          //!< Radio Administrative State (§4.6.33)
    RADIO_OPERATIONAL_STATE = 32,             //!< Radio Operational State (§4.6.34)
    RESULT_CODE = 33,                         //!< Result Code (§4.6.35)
    RETURNED_MESSAGE_ELEMENT = 34,            //!< Returned Message Element (§4.6.36)
    SESSION_ID = 35,                          //!< Session ID (§4.6.37)
    STATISTICS_TIMER = 36,                    //!< Statistics Timer (§4.6.38)
    VENDOR_SPECIFIC_PAYLOAD = 37,             //!< Vendor Specific Payload (§4.6.39)
    WTP_BOARD_DATA = 38,                      //!< WTP Board Data (§4.6.40)
    WTP_DESCRIPTOR = 39,                      //!< WTP Descriptor (§4.6.41)
    WTP_FALLBACK = 40,                        //!< WTP Fallback (§4.6.42)
    WTP_FRAME_TUNNEL_MODE = 41,               //!< WTP Frame Tunnel Mode (§4.6.43)
    WTP_MAC_TYPE = 44,                        //!< WTP MAC Type (§4.6.44)
    WTP_NAME = 45,                            //!< WTP Name (§4.6.45)
    WTP_RADIO_STATISTICS = 47,                //!< WTP Radio Statistics (§4.6.46)
    WTP_REBOOT_STATISTICS = 48,               //!< WTP Reboot Statistics (§4.6.47)
    WTP_STATIC_IP_ADDRESS_INFORMATION = 49,   //!< WTP Static IP Address Information (§4.6.48)
    CAPWAP_LOCAL_IPV6_ADDRESS = 50,           //!< CAPWAP Local IPv6 Address (§4.6.12)
    CAPWAP_TRANSPORT_PROTOCOL = 51,           //!< CAPWAP Transport Protocol (§4.6.14)
    MTU_DISCOVERY_PADDING = 52,               //!< MTU Discovery Padding (§4.6.32)
    ECN_SUPPORT = 53,                         //!< ECN Support (§4.6.25)
    IEEE80211_ADD_WLAN = 1024,                //!< IEEE 802.11 Add WLAN (RFC 5416 §6.1)
    IEEE80211_ANTENNA = 1025,                 //!< IEEE 802.11 Antenna (§6.2)
    IEEE80211_ASSIGNED_WTP_BSSID = 1026,      //!< IEEE 802.11 Assigned WTP BSSID (§6.3)
    IEEE80211_DELETE_WLAN = 1027,             //!< IEEE 802.11 Delete WLAN (§6.4)
    IEEE80211_DIRECT_SEQUENCE_CONTROL = 1028, //!< IEEE 802.11 Direct Sequence Control (§6.5)
    IEEE80211_INFORMATION_ELEMENT = 1029,     //!< IEEE 802.11 Information Element (§6.6)
    IEEE80211_MAC_OPERATION = 1030,           //!< IEEE 802.11 MAC Operation (§6.7)
    IEEE80211_MIC_COUNTERMEASURES = 1031,     //!< IEEE 802.11 MIC Countermeasures (§6.8)
    IEEE80211_MULTI_DOMAIN_CAPABILITY = 1032, //!< IEEE 802.11 Multi-Domain Capability (§6.9)
    IEEE80211_OFDM_CONTROL = 1033,            //!< IEEE 802.11 OFDM Control (§6.10)
    IEEE80211_RATE_SET = 1034,                //!< IEEE 802.11 Rate Set (§6.11)
    IEEE80211_RSNA_ERROR_REPORT = 1035,       //!< IEEE 802.11 RSNA Error Report From Station
    IEEE80211_STATION = 1036,                 //!< IEEE 802.11 Station (§6.13)
    IEEE80211_STATION_QOS_PROFILE = 1037,     //!< IEEE 802.11 Station QoS Profile (§6.14)
    IEEE80211_STATION_SESSION_KEY = 1038,     //!< IEEE 802.11 Station Session Key (§6.15)
    IEEE80211_STATISTICS = 1039,              //!< IEEE 802.11 Statistics (§6.16)
    IEEE80211_SUPPORTED_RATES = 1040,         //!< IEEE 802.11 Supported Rates (§6.17)
    IEEE80211_TX_POWER = 1041,                //!< IEEE 802.11 Tx Power (§6.18)
    IEEE80211_TX_POWER_LEVEL = 1042,          //!< IEEE 802.11 Tx Power Level (§6.19)
    IEEE80211_UPDATE_STATION_QOS = 1043,      //!< IEEE 802.11 Update Station QoS (§6.20)
    IEEE80211_UPDATE_WLAN = 1044,             //!< IEEE 802.11 Update WLAN (§6.21)
    IEEE80211_WTP_QUALITY_OF_SERVICE = 1045,  //!< IEEE 802.11 WTP Quality of Service (§6.22)
    IEEE80211_WTP_RADIO_CONFIGURATION = 1046, //!< IEEE 802.11 WTP Radio Configuration (§6.23)
    IEEE80211_WTP_RADIO_FAIL_ALARM = 1047,    //!< IEEE 802.11 WTP Radio Fail Alarm Indication
    IEEE80211_WTP_RADIO_INFORMATION = 1048    //!< IEEE 802.11 WTP Radio Information (§6.25)
};

/**
 * \ingroup wlc
 * Result Code values (RFC 5415 §4.6.35).
 */
enum class CapwapResultCode : uint32_t
{
    SUCCESS = 0,                             //!< Success
    FAILURE_AC_LIST_REQUIRED = 1,            //!< Failure (AC List Message Element MUST Be Present)
    SUCCESS_NAT_DETECTED = 2,                //!< Success (NAT Detected)
    JOIN_FAILURE_UNSPECIFIED = 3,            //!< Join Failure (Unspecified)
    JOIN_FAILURE_RESOURCE_DEPLETION = 4,     //!< Join Failure (Resource Depletion)
    JOIN_FAILURE_UNKNOWN_SOURCE = 5,         //!< Join Failure (Unknown Source)
    JOIN_FAILURE_INCORRECT_DATA = 6,         //!< Join Failure (Incorrect Data)
    JOIN_FAILURE_SESSION_ID_IN_USE = 7,      //!< Join Failure (Session ID Already in Use)
    JOIN_FAILURE_HARDWARE_NOT_SUPPORTED = 8, //!< Join Failure (WTP Hardware Not Supported)
    JOIN_FAILURE_BINDING_NOT_SUPPORTED = 9,  //!< Join Failure (Binding Not Supported)
    RESET_FAILURE_UNABLE_TO_RESET = 10,      //!< Reset Failure (Unable to Reset)
    RESET_FAILURE_FIRMWARE_WRITE_ERROR = 11, //!< Reset Failure (Firmware Write Error)
    CONFIGURATION_FAILURE_SERVICE_PROVIDED =
        12, //!< Configuration Failure (Service Provided Anyhow)
    CONFIGURATION_FAILURE_SERVICE_NOT_PROVIDED =
        13,                                      //!< Configuration Failure (Service Not Provided)
    IMAGE_DATA_ERROR_INVALID_CHECKSUM = 14,      //!< Image Data Error (Invalid Checksum)
    IMAGE_DATA_ERROR_INVALID_DATA_LENGTH = 15,   //!< Image Data Error (Invalid Data Length)
    IMAGE_DATA_ERROR_OTHER = 16,                 //!< Image Data Error (Other Error)
    IMAGE_DATA_ERROR_IMAGE_ALREADY_PRESENT = 17, //!< Image Data Error (Image Already Present)
    MESSAGE_UNEXPECTED_INVALID_IN_CURRENT_STATE = 18, //!< Message Unexpected (Invalid in State)
    MESSAGE_UNEXPECTED_UNRECOGNIZED_REQUEST = 19,     //!< Message Unexpected (Unrecognized Request)
    FAILURE_MISSING_MANDATORY_ELEMENT = 20, //!< Failure - Missing Mandatory Message Element
    FAILURE_UNRECOGNIZED_ELEMENT = 21,      //!< Failure - Unrecognized Message Element
    DATA_TRANSFER_ERROR_NO_INFORMATION = 22 //!< Data Transfer Error (No Information to Transfer)
};

/**
 * \ingroup wlc
 * Fixed protocol numbers, and the RFC 5415 §4.7 timer and §4.8 variable defaults.
 * Durations are in seconds.
 */
namespace capwap
{

constexpr uint16_t CONTROL_PORT = 5246; //!< UDP port of the control channel (RFC 5415 §3.1)
constexpr uint16_t DATA_PORT = 5247;    //!< UDP port of the data channel (RFC 5415 §3.1)
constexpr uint8_t VERSION = 0;          //!< preamble version (RFC 5415 §4.1)
constexpr uint8_t PREAMBLE_CAPWAP = 0;  //!< preamble type: clear-text CAPWAP header follows
constexpr uint8_t PREAMBLE_DTLS = 1;    //!< preamble type: DTLS header follows (not supported)
constexpr uint8_t WBID_IEEE80211 = 1;   //!< Wireless Binding Identifier of IEEE 802.11
constexpr uint32_t IEEE80211_ENTERPRISE_NUMBER = 13277; //!< IANA number of the 802.11 binding
constexpr uint8_t MAX_RADIO_ID = 31;   //!< radio identifiers are 1..31 (RFC 5415 §4.6)
constexpr uint8_t RADIO_ID_WTP = 0xff; //!< Radio ID meaning "the WTP itself" (§4.6.33)
constexpr uint8_t MAX_WLAN_ID = 16;    //!< WLAN identifiers are 1..16 (RFC 5416 §6.1)

// RFC 5415 §4.7 timers.
constexpr uint32_t CHANGE_STATE_PENDING_TIMER = 25; //!< ChangeStatePendingTimer (s)
constexpr uint32_t DATA_CHANNEL_KEEP_ALIVE = 30;    //!< DataChannelKeepAlive (s)
constexpr uint32_t DATA_CHANNEL_DEAD_INTERVAL = 60; //!< DataChannelDeadInterval (s)
constexpr uint32_t DATA_CHECK_TIMER = 30;           //!< DataCheckTimer (s)
constexpr uint32_t DISCOVERY_INTERVAL = 5;          //!< DiscoveryInterval (s)
constexpr uint32_t ECHO_INTERVAL = 30;              //!< EchoInterval (s)
constexpr uint32_t IDLE_TIMEOUT = 300;              //!< IdleTimeout (s)
constexpr uint32_t MAX_DISCOVERY_INTERVAL = 20;     //!< MaxDiscoveryInterval (s)
constexpr uint32_t NEIGHBOR_DEAD_INTERVAL = 60;     //!< NeighborDeadInterval (s)
constexpr uint32_t RETRANSMIT_INTERVAL = 3;         //!< RetransmitInterval (s)
constexpr uint32_t SILENT_INTERVAL = 30;            //!< SilentInterval (s)
constexpr uint32_t STATISTICS_TIMER = 120;          //!< StatisticsTimer (s)
constexpr uint32_t WAIT_JOIN = 60;                  //!< WaitJoin (s)

// RFC 5415 §4.8 variables.
constexpr uint32_t MAX_DISCOVERIES = 10;              //!< MaxDiscoveries
constexpr uint32_t MAX_FAILED_DTLS_SESSION_RETRY = 3; //!< MaxFailedDTLSSessionRetry
constexpr uint32_t MAX_RETRANSMIT = 5;                //!< MaxRetransmit
constexpr uint32_t REPORT_INTERVAL = 120;             //!< ReportInterval (s)

} // namespace capwap

static_assert(static_cast<uint32_t>(CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_REQUEST) ==
                  capwap::IEEE80211_ENTERPRISE_NUMBER * 256 + 1,
              "RFC 5416 message types are enterprise number * 256 + type");

} // namespace ns3

#endif /* WLC_CAPWAP_CONSTANTS_H */
